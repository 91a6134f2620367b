;; Two candidate searches of the normaliser over one class byte per code unit:
;; - findSpaced, for collapseSpacedLetters (leet.ts): the first position >= `from` where three single letters start
;;   spaced out — letter, spacer, letter, spacer, letter, with no letter or digit before and no letter after: what
;;   /(?<![A-Za-z0-9])[A-Za-z][ .\-_*][A-Za-z][ .\-_*][A-Za-z](?![A-Za-z])/g finds from lastIndex, exactly the
;;   positions where collapseSpacedLetters counts three or more single letters;
;; - hasSpacedHex, for hasSpacedHexStart (decode-runs.ts): whether two hex digits, a space or colon, two hex digits
;;   and a space or colon occur anywhere — what /[0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :]/.test() answers.
;; And, over the units themselves, nextLeet for foldLeet (leet.ts): the next leet look-alike, /[013-57-9@$!]/g.
;; Why WebAssembly: in prose nearly every position starts an attempt of those regexes (a letter, a-f). Here
;; `classify` turns the text into class bytes sixteen units at a time (two 16-entry nibble tables, i8x16.swizzle),
;; and each search tests sixteen positions per step with a few loads of those bytes.
;; src/guards/normalize/wasm-spaced-letters.test.ts compares both with the regexes on random texts.
;;
;; Memory: the caller copies the text's code units to offset 0 and calls classify, which writes the class bytes at
;; `classes` (letter 0x80, spacer 0x40, hex digit 0x20, space or colon 0x10) followed by 16 zero bytes, so no match
;; runs past the end.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, though no other thread uses it: growing an unshared memory detaches its old ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to every typed-array loop in JavaScript from then on (measured:
  ;; the secrets scanner ~1 ms per MB slower). A shared memory's old buffer stays valid. At most 2 GiB.
  (memory (export "memory") 1 32768 shared)

  ;; Class bytes of the `len` units at 0, written at `classes`.
  (func (export "classify") (param $len i32) (param $classes i32)
    (local $p i32) (local $end i32) (local $q i32) (local $b v128) (local $cls v128)
    (local.set $end (i32.shl (local.get $len) (i32.const 1)))
    (local.set $q (local.get $classes))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; Sixteen units to bytes; units above 0xff saturate to 0xff, which is neither class.
        (local.set $b
          (i8x16.narrow_i16x8_u (v128.load (local.get $p)) (v128.load offset=16 (local.get $p))))
        ;; Bits of the nibble tables (low-nibble entry AND high-nibble entry): 1 = low 1-f under high 4 or 6 (A-O,
        ;; a-o), 2 = low 0-a under 5 or 7 (P-Z, p-z), 4 = low 0 a d e under 2 (space * - .), 8 = low f under 5 (_),
        ;; 16 = low 0-9 under 3 (0-9), 32 = low 1-6 under 4 or 6 (A-F, a-f), 64 = low 0 under 2 (space),
        ;; 128 = low a under 3 (:).
        (local.set $cls
          (v128.and
            (i8x16.swizzle
              (v128.const i8x16 86 51 51 51 51 51 51 19 19 19 135 1 1 5 5 9)
              (v128.and (local.get $b) (i8x16.splat (i32.const 0x0f))))
            (i8x16.swizzle
              (v128.const i8x16 0 0 68 144 33 10 33 2 0 0 0 0 0 0 0 0)
              (i8x16.shr_u (local.get $b) (i32.const 4)))))
        ;; Letter: bit 1 or 2 → 0x80; spacer: bit 4 or 8 → 0x40; hex digit: 16 or 32 → 0x20; space or colon: 64 or
        ;; 128 → 0x10.
        (v128.store (local.get $q)
          (v128.or
            (v128.or
              (v128.and
                (v128.not (i8x16.eq (v128.and (local.get $cls) (i8x16.splat (i32.const 3))) (v128.const i64x2 0 0)))
                (i8x16.splat (i32.const 0x80)))
              (v128.and
                (v128.not (i8x16.eq (v128.and (local.get $cls) (i8x16.splat (i32.const 12))) (v128.const i64x2 0 0)))
                (i8x16.splat (i32.const 0x40))))
            (v128.or
              (v128.and
                (v128.not (i8x16.eq (v128.and (local.get $cls) (i8x16.splat (i32.const 48))) (v128.const i64x2 0 0)))
                (i8x16.splat (i32.const 0x20)))
              (v128.and
                (v128.not
                  (i8x16.eq (v128.and (local.get $cls) (i8x16.splat (i32.const 192))) (v128.const i64x2 0 0)))
                (i8x16.splat (i32.const 0x10))))))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br $next)))
    ;; The last vector may have classified units past the text (whatever the memory held): zero from `len` on. A
    ;; step of findSpaced starting before `len` tests positions up to len + 15, which then have no letter. The byte
    ;; before the first is zero too: position 0 has no letter or digit before it.
    (v128.store (i32.add (local.get $classes) (local.get $len)) (v128.const i64x2 0 0))
    (i32.store8 (i32.sub (local.get $classes) (i32.const 1)) (i32.const 0)))

  ;; The first match start in [from, len), or -1, over the class bytes at `classes`.
  (func (export "findSpaced") (param $from i32) (param $len i32) (param $classes i32) (result i32)
    (local $p i32) (local $end i32) (local $hits i32)
    (local.set $p (i32.add (local.get $classes) (local.get $from)))
    (local.set $end (i32.add (local.get $classes) (local.get $len)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
        ;; Byte i: letter at p+i, p+i+2, p+i+4 (0x80 each), spacer at p+i+1, p+i+3 (0x40, shifted to 0x80), no
        ;; letter at p+i+5 (0x80 clear) and neither letter nor digit at p+i-1 (0x80 and 0x20 clear: a digit is a hex
        ;; digit that is no letter).
        (local.set $hits
          (i8x16.bitmask
            (v128.and
              (v128.and
                (v128.and
                  (v128.and (v128.load (local.get $p)) (v128.load offset=2 (local.get $p)))
                  (v128.load offset=4 (local.get $p)))
                (i8x16.shl
                  (v128.and (v128.load offset=1 (local.get $p)) (v128.load offset=3 (local.get $p)))
                  (i32.const 1)))
              (v128.and
                (v128.not (v128.load offset=5 (local.get $p)))
                (i8x16.eq
                  (v128.and (v128.load (i32.sub (local.get $p) (i32.const 1))) (i8x16.splat (i32.const 0xa0)))
                  (v128.const i64x2 0 0))))))
        (if (local.get $hits)
          (then
            (return (i32.add (i32.sub (local.get $p) (local.get $classes)) (i32.ctz (local.get $hits))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (i32.const -1))

  ;; 1 when hex digit, hex digit, space-or-colon, hex digit, hex digit, space-or-colon occur at some position.
  (func (export "hasSpacedHex") (param $len i32) (param $classes i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (local.get $classes))
    (local.set $end (i32.add (local.get $classes) (local.get $len)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
        ;; Byte i: hex digits (0x20) at p+i, p+i+1, p+i+3, p+i+4, shifted to 0x80; separators (0x10) at p+i+2,
        ;; p+i+5, shifted to 0x80.
        (if
          (i8x16.bitmask
            (v128.and
              (i8x16.shl
                (v128.and
                  (v128.and (v128.load (local.get $p)) (v128.load offset=1 (local.get $p)))
                  (v128.and (v128.load offset=3 (local.get $p)) (v128.load offset=4 (local.get $p))))
                (i32.const 2))
              (i8x16.shl
                (v128.and (v128.load offset=2 (local.get $p)) (v128.load offset=5 (local.get $p)))
                (i32.const 3))))
          (then (return (i32.const 1))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next)))
    (i32.const 0))

  ;; For foldLeet (leet.ts): the first position >= $from (and < $len) of a unit in [013-57-9@$!] — what the regex
  ;; /[013-57-9@$!]/g finds from lastIndex — eight units at a time, or -1. Reads up to 7 units past the text, inside
  ;; the 32 bytes loadSpaced leaves between the units and the class bytes.
  (func $nextLeet (export "nextLeet") (param $from i32) (param $len i32) (result i32)
    (local $p i32) (local $end i32) (local $v v128) (local $bits i32)
    (local.set $p (i32.shl (i32.and (local.get $from) (i32.const -8)) (i32.const 1)))
    (local.set $end (i32.shl (local.get $len) (i32.const 1)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $bits (i16x8.bitmask (v128.or
                (v128.and
                  (i16x8.lt_u (i16x8.sub (local.get $v) (i16x8.splat (i32.const 0x30))) (i16x8.splat (i32.const 10)))
                  (v128.and
                    (i16x8.ne (local.get $v) (i16x8.splat (i32.const 0x32)))
                    (i16x8.ne (local.get $v) (i16x8.splat (i32.const 0x36)))))
                (v128.or
                  (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0x40)))
                  (v128.or
                    (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0x24)))
                    (i16x8.eq (local.get $v) (i16x8.splat (i32.const 0x21))))))))
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
    (i32.const -1))

  ;; The token kind of a unit for foldLeet: 0 other, 1 ASCII letter, 2 leet look-alike ([013-57-9@$!]), 3 another
  ;; digit (2 or 6).
  (func $kind (param $u i32) (result i32)
    (if (i32.lt_u (i32.sub (i32.or (local.get $u) (i32.const 32)) (i32.const 97)) (i32.const 26))
      (then (return (i32.const 1))))
    (if (i32.lt_u (i32.sub (local.get $u) (i32.const 48)) (i32.const 10))
      (then
        (return
          (select (i32.const 3) (i32.const 2)
            (i32.or (i32.eq (local.get $u) (i32.const 50)) (i32.eq (local.get $u) (i32.const 54)))))))
    (select (i32.const 2) (i32.const 0)
      (i32.or (i32.eq (local.get $u) (i32.const 64))
        (i32.or (i32.eq (local.get $u) (i32.const 36)) (i32.eq (local.get $u) (i32.const 33))))))

  ;; For foldLeet (leet.ts): from unit $from on, the [start, end) pairs (int32) of the maximal runs of units of kind
  ;; 1-3 that hold a leet look-alike — what its nextLeet walk listed — keeping only those with an ASCII letter and no
  ;; 2 or 6 (the others can never be folded). Writes at most $cap pairs at $out and returns how many; at $cap the
  ;; caller asks again from the last pair's end.
  (func (export "leetTokens") (param $from i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
    (local $p i32) (local $s i32) (local $e i32) (local $k i32) (local $kind i32) (local $letters i32) (local $plain i32)
    (local.set $p (call $nextLeet (local.get $from) (local.get $len)))
    (block $done
      (loop $token
        (br_if $done (i32.lt_s (local.get $p) (i32.const 0)))
        (local.set $letters (i32.const 0))
        (local.set $plain (i32.const 0))
        (local.set $s (local.get $p))
        (block $back
          (loop $before
            (br_if $back (i32.eqz (local.get $s)))
            (local.set $kind (call $kind (i32.load16_u (i32.shl (i32.sub (local.get $s) (i32.const 1)) (i32.const 1)))))
            (br_if $back (i32.eqz (local.get $kind)))
            (local.set $letters (i32.or (local.get $letters) (i32.eq (local.get $kind) (i32.const 1))))
            (local.set $plain (i32.or (local.get $plain) (i32.eq (local.get $kind) (i32.const 3))))
            (local.set $s (i32.sub (local.get $s) (i32.const 1)))
            (br $before)))
        (local.set $e (i32.add (local.get $p) (i32.const 1)))
        (block $fwd
          (loop $after
            (br_if $fwd (i32.ge_u (local.get $e) (local.get $len)))
            (local.set $kind (call $kind (i32.load16_u (i32.shl (local.get $e) (i32.const 1)))))
            (br_if $fwd (i32.eqz (local.get $kind)))
            (local.set $letters (i32.or (local.get $letters) (i32.eq (local.get $kind) (i32.const 1))))
            (local.set $plain (i32.or (local.get $plain) (i32.eq (local.get $kind) (i32.const 3))))
            (local.set $e (i32.add (local.get $e) (i32.const 1)))
            (br $after)))
        (if (i32.and (local.get $letters) (i32.eqz (local.get $plain)))
          (then
            (i32.store (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 3))) (local.get $s))
            (i32.store offset=4 (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 3))) (local.get $e))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br_if $done (i32.eq (local.get $k) (local.get $cap)))))
        (br_if $done (i32.ge_u (local.get $e) (local.get $len)))
        (local.set $p (call $nextLeet (local.get $e) (local.get $len)))
        (br $token)))
    (local.get $k))
)
