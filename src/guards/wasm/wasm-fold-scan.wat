;; The search behind foldForIdentifiers (src/guards/pii/fold.ts): the next code unit that the identifier fold
;; touches — Unicode spaces and dashes, fullwidth ASCII, invisible characters — or the high surrogate of a Unicode
;; tag character (U+DB40; fold.ts checks its low half). Why WebAssembly: the regex over that character class cost
;; ~2.5 ms per MB of prose with a few typographic dashes, because V8 tries it at every position; here eight units
;; are ruled out at a time (one compare when none is above U+009F, the usual case in Latin-script text).
;; src/guards/pii/fold.test.ts compares the folds built from it with the regex replace on random texts.
;;
;; The set, as ranges: 00A0, 00AD, 2000-2015, 202A-202F, 205F-2064, 2066-2069, 2212, 3000, FEFF, FF01-FF5E, DB40.
;;
;; Memory: the caller copies the text's code units to offset 0; the last step reads up to 7 units past the text
;; (masked off), so the memory must hold 2 * len + 16 bytes.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, though no other thread uses it: growing an unshared memory detaches its old ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to every typed-array loop in JavaScript (see
  ;; src/guards/normalize/wasm-spaced-letters.wat). At most 2 GiB.
  (memory (export "memory") 1 32768 shared)

  ;; The first position >= $from (and < $len) of a unit in the set, or -1.
  (func (export "next") (param $from i32) (param $len i32) (result i32)
    (local $p i32) (local $end i32) (local $v v128) (local $bits i32)
    ;; Eight-unit blocks from the one holding $from.
    (local.set $p (i32.shl (i32.and (local.get $from) (i32.const -8)) (i32.const 1)))
    (local.set $end (i32.shl (local.get $len) (i32.const 1)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (if (v128.any_true (i16x8.gt_u (local.get $v) (i16x8.splat (i32.const 0x9f))))
          (then
            (local.set $bits
              (i16x8.bitmask
                (v128.or
                  (v128.or
                    (v128.or
                      (v128.or
                        (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0xa0)))
                        (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0xad))))
                      (v128.or
                        (i16x8.lt_u
                          (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x2000))) (i16x8.splat (i32.const 0x16)))
                        (i16x8.lt_u
                          (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x202a))) (i16x8.splat (i32.const 6)))))
                    (v128.or
                      (v128.or
                        (i16x8.lt_u
                          (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x205f))) (i16x8.splat (i32.const 6)))
                        (i16x8.lt_u
                          (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x2066))) (i16x8.splat (i32.const 4))))
                      (v128.or
                        (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0x2212)))
                        (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0x3000))))))
                  (v128.or
                    (v128.or
                      (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0xfeff)))
                      (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0xdb40))))
                    (i16x8.lt_u
                      (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0xff01))) (i16x8.splat (i32.const 0x5e)))))))
            ;; Units before $from (first block) and from $len on (last block) do not count.
            (if (i32.lt_u (i32.shr_u (local.get $p) (i32.const 1)) (local.get $from))
              (then
                (local.set $bits
                  (i32.and (local.get $bits)
                    (i32.shl (i32.const -1)
                      (i32.sub (local.get $from) (i32.shr_u (local.get $p) (i32.const 1))))))))
            (if (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16))
              (then
                (local.set $bits
                  (i32.and (local.get $bits)
                    (i32.sub
                      (i32.shl (i32.const 1) (i32.shr_u (i32.sub (local.get $end) (local.get $p)) (i32.const 1)))
                      (i32.const 1))))))
            (if (local.get $bits)
              (then (return (i32.add (i32.shr_u (local.get $p) (i32.const 1)) (i32.ctz (local.get $bits))))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (i32.const -1))
  ;; For the PII digit anchors (src/guards/pii/digit-anchors.ts): writes the positions of the ASCII digits among the
  ;; $len units at 0, ascending, as int32 at $out, at most $cap of them, and returns how many there are up to $cap + 1
  ;; (more than $cap: the caller gives up on anchoring). Eight units at a time; ten indexOf passes cost ~0.5 ms per MB.
  (func (export "digits") (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (local $p i32) (local $end i32) (local $v v128) (local $bits i32) (local $n i32) (local $q i32)
    (local.set $end (i32.shl (local.get $len) (i32.const 1)))
    (local.set $q (local.get $out))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $bits
          (i16x8.bitmask
            (i16x8.lt_u (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x30))) (i16x8.splat (i32.const 10)))))
        ;; The last block: units from $len on do not count.
        (if (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16))
          (then
            (local.set $bits
              (i32.and (local.get $bits)
                (i32.sub
                  (i32.shl (i32.const 1) (i32.shr_u (i32.sub (local.get $end) (local.get $p)) (i32.const 1)))
                  (i32.const 1))))))
        (block $flushed
          (loop $each
            (br_if $flushed (i32.eqz (local.get $bits)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (br_if $done (i32.gt_u (local.get $n) (local.get $cap)))
            (i32.store (local.get $q)
              (i32.add (i32.shr_u (local.get $p) (i32.const 1)) (i32.ctz (local.get $bits))))
            (local.set $q (i32.add (local.get $q) (i32.const 4)))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br $each)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (local.get $n)))
