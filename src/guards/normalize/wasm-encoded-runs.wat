;; The candidate search of findEncodedRuns (decode-runs.ts): the first position >= `from` where sixteen consecutive
;; code units are all in the base64 alphabet [A-Za-z0-9+/_-] (hex digits are a subset), i.e. the start of the next
;; run of at least MIN_BASE64 = MIN_HEX = 16 such units. Everything after that (the run's end, hex or base64, the
;; '=' padding, decoding) stays in JavaScript.
;; Why WebAssembly: the JavaScript probe (one unit per sixteen, then a walk back to the word's start) takes a
;; mispredicted branch or two per word of prose. Here sixteen units become sixteen bits with two 16-entry nibble
;; tables (i8x16.swizzle), four such masks make one i64 per 64 units, and four shift-ANDs tell whether sixteen
;; consecutive bits are set; a run crossing a word boundary is the previous word's leading ones plus this word's
;; trailing ones.
;; Also nextSpecial, for the normaliser's per-character pass (index.ts), over the same copy of the units: the next
;; unit that is not printable ASCII, tab, LF or CR (/[^\t\n\r\x20-\x7e]/g; V8 took ~1.5 ms per MB for that class).
;; src/guards/normalize/wasm-encoded-runs.test.ts compares both with the JavaScript probe and the regex on random texts.
;;
;; Memory: the caller copies the text's code units to offset 0; the last step reads up to 63 units past the text
;; (masked off), so the memory must hold 2 * len + 128 bytes.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, though no other thread uses it: growing an unshared memory detaches its old ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to every typed-array loop in JavaScript (see
  ;; wasm-spaced-letters.wat). At most 2 GiB.
  (memory (export "memory") 1 32768 shared)

  ;; The start of the first run of sixteen base64-alphabet units at or after `from` in the `len` units at 0, or -1.
  (func (export "findRun") (param $from i32) (param $len i32) (result i32)
    (local $ws i32) (local $p i32) (local $lim i32) (local $carry i32)
    (local $m i64) (local $inv i64) (local $r i64)
    (local $b v128) (local $low v128) (local $high v128)
    ;; Bits of the nibble tables (low-nibble entry AND high-nibble entry): 1 = low b d f under 2 (+ - /),
    ;; 2 = low 0-9 under 3 (0-9), 4 = low 1-f under 4 or 6 (A-O, a-o), 8 = low 0-a under 5 or 7 (P-Z, p-z),
    ;; 16 = low f under 5 (_). Units above 0xff saturate to 0xff (or to 0 from 0x8000 on): neither is in a table.
    (local.set $low (v128.const i8x16 10 14 14 14 14 14 14 14 14 14 12 5 4 5 4 21))
    (local.set $high (v128.const i8x16 0 0 1 2 4 24 4 8 0 0 0 0 0 0 0 0))
    (local.set $ws (i32.and (local.get $from) (i32.const -64)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $ws) (local.get $len)))
        (local.set $p (i32.shl (local.get $ws) (i32.const 1)))
        ;; Bit k of $m: unit ws + k is in the alphabet.
        (local.set $m
          (i64.or
            (i64.or
              (i64.extend_i32_u
                (i8x16.bitmask
                  (i8x16.ne
                    (v128.and
                      (i8x16.swizzle (local.get $low)
                        (v128.and
                          (local.tee $b
                            (i8x16.narrow_i16x8_u (v128.load (local.get $p)) (v128.load offset=16 (local.get $p))))
                          (i8x16.splat (i32.const 0x0f))))
                      (i8x16.swizzle (local.get $high) (i8x16.shr_u (local.get $b) (i32.const 4))))
                    (v128.const i64x2 0 0))))
              (i64.shl
                (i64.extend_i32_u
                  (i8x16.bitmask
                    (i8x16.ne
                      (v128.and
                        (i8x16.swizzle (local.get $low)
                          (v128.and
                            (local.tee $b
                              (i8x16.narrow_i16x8_u
                                (v128.load offset=32 (local.get $p)) (v128.load offset=48 (local.get $p))))
                            (i8x16.splat (i32.const 0x0f))))
                        (i8x16.swizzle (local.get $high) (i8x16.shr_u (local.get $b) (i32.const 4))))
                      (v128.const i64x2 0 0))))
                (i64.const 16)))
            (i64.or
              (i64.shl
                (i64.extend_i32_u
                  (i8x16.bitmask
                    (i8x16.ne
                      (v128.and
                        (i8x16.swizzle (local.get $low)
                          (v128.and
                            (local.tee $b
                              (i8x16.narrow_i16x8_u
                                (v128.load offset=64 (local.get $p)) (v128.load offset=80 (local.get $p))))
                            (i8x16.splat (i32.const 0x0f))))
                        (i8x16.swizzle (local.get $high) (i8x16.shr_u (local.get $b) (i32.const 4))))
                      (v128.const i64x2 0 0))))
                (i64.const 32))
              (i64.shl
                (i64.extend_i32_u
                  (i8x16.bitmask
                    (i8x16.ne
                      (v128.and
                        (i8x16.swizzle (local.get $low)
                          (v128.and
                            (local.tee $b
                              (i8x16.narrow_i16x8_u
                                (v128.load offset=96 (local.get $p)) (v128.load offset=112 (local.get $p))))
                            (i8x16.splat (i32.const 0x0f))))
                        (i8x16.swizzle (local.get $high) (i8x16.shr_u (local.get $b) (i32.const 4))))
                      (v128.const i64x2 0 0))))
                (i64.const 48)))))
        ;; Units before `from` (first word only) and from `len` on (last word only) count as outside the alphabet.
        (if (i32.lt_u (local.get $ws) (local.get $from))
          (then
            (local.set $m
              (i64.and (local.get $m)
                (i64.shl (i64.const -1) (i64.extend_i32_u (i32.sub (local.get $from) (local.get $ws))))))))
        (local.set $lim (i32.sub (local.get $len) (local.get $ws)))
        (if (i32.lt_u (local.get $lim) (i32.const 64))
          (then
            (local.set $m
              (i64.and (local.get $m)
                (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $lim))) (i64.const 1))))))
        (local.set $inv (i64.xor (local.get $m) (i64.const -1)))
        ;; A run from the previous words ($carry units up to this word) that this word's first units complete.
        (if (i32.ge_u
              (i32.add (local.get $carry) (i32.wrap_i64 (i64.ctz (local.get $inv))))
              (i32.const 16))
          (then (return (i32.sub (local.get $ws) (local.get $carry)))))
        ;; Bit k of $r: bits k to k + 15 of $m are all set.
        (local.set $r (i64.and (local.get $m) (i64.shr_u (local.get $m) (i64.const 1))))
        (local.set $r (i64.and (local.get $r) (i64.shr_u (local.get $r) (i64.const 2))))
        (local.set $r (i64.and (local.get $r) (i64.shr_u (local.get $r) (i64.const 4))))
        (local.set $r (i64.and (local.get $r) (i64.shr_u (local.get $r) (i64.const 8))))
        (if (i64.ne (local.get $r) (i64.const 0))
          (then (return (i32.add (local.get $ws) (i32.wrap_i64 (i64.ctz (local.get $r)))))))
        ;; $m has a zero bit here (else the test above returned): its leading ones continue into the next word.
        (local.set $carry (i32.wrap_i64 (i64.clz (local.get $inv))))
        (local.set $ws (i32.add (local.get $ws) (i32.const 64)))
        (br $next)))
    (i32.const -1))

  ;; For the normaliser's per-character pass (index.ts): the first position >= $from (and < $len) of a unit that is not
  ;; printable ASCII, tab, LF or CR — what /[^\t\n\r\x20-\x7e]/g finds from lastIndex — eight units at a time, or -1.
  ;; Reads up to 7 units past the text (the memory holds 2 * len + 128 bytes).
  (func (export "nextSpecial") (param $from i32) (param $len i32) (result i32)
    (local $p i32) (local $end i32) (local $v v128) (local $bits i32)
    (local.set $p (i32.shl (i32.and (local.get $from) (i32.const -8)) (i32.const 1)))
    (local.set $end (i32.shl (local.get $len) (i32.const 1)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $bits (i16x8.bitmask (v128.not
                (v128.or
                  (i16x8.lt_u (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x20))) (i16x8.splat (i32.const 0x5f)))
                  (v128.or
                    (i16x8.eq (local.get $v) (i16x8.splat (i32.const 9)))
                    (v128.or
                      (i16x8.eq (local.get $v) (i16x8.splat (i32.const 10)))
                      (i16x8.eq (local.get $v) (i16x8.splat (i32.const 13)))))))))
        (if (local.get $bits)
          (then
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
    (i32.const -1)))
