;; denseView's pass (dense-view.ts) in WebAssembly, sixteen or eight code units at a time: drops the units that repeat what the
;; n-gram features already counted once — a unit the features collapse (not an ASCII letter or digit, and not a
;; letter of another script: below U+00A0, general punctuation U+2000-206F, CJK punctuation U+3000-303F, fullwidth
;; U+FF00-FF0F) that equals the unit before it, or is whitespace (<= U+0020) after whitespace. Unit 0 is always
;; kept. src/guards/detectors/wasm-dense-view.test.ts compares it with the JavaScript definition on random texts.
;;
;; Memory: the caller writes the `len` units at 0 followed by 16 bytes of zeros (the last vector reads past them);
;; squeeze writes the kept units at `out` and their positions (int32) at `idx`, then `len` after the last position.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, like the other guards modules: growing it never detaches an ArrayBuffer (see wasm-score-blocks.wat).
  (memory (export "memory") 1 32768 shared)

  ;; Units i .. i + 7 (those below len): appends the kept ones at n and returns the new n.
  (func $eight (param $i i32) (param $n i32) (param $len i32) (param $out i32) (param $idx i32) (result i32)
    (local $p i32) (local $c v128) (local $prev v128) (local $alnum v128) (local $coll v128) (local $bits i32)
    (local $keep i32) (local $j i32)
    (local.set $p (i32.shl (local.get $i) (i32.const 1)))
    (local.set $c (v128.load (local.get $p)))
    (local.set $prev (v128.load (i32.sub (local.get $p) (i32.const 2))))
    ;; ASCII letters and digits: c - 0x30 < 10, or (c | 0x20) - 0x61 < 26 (both only hold below 0x80).
    (local.set $alnum
      (v128.or
        (i16x8.lt_u (i16x8.sub (local.get $c) (v128.const i16x8 48 48 48 48 48 48 48 48)) (v128.const i16x8 10 10 10 10 10 10 10 10))
        (i16x8.lt_u (i16x8.sub (v128.or (local.get $c) (v128.const i16x8 32 32 32 32 32 32 32 32)) (v128.const i16x8 97 97 97 97 97 97 97 97)) (v128.const i16x8 26 26 26 26 26 26 26 26))))
    (local.set $coll
      (v128.or
        (v128.or
          (v128.andnot (i16x8.lt_u (local.get $c) (v128.const i16x8 160 160 160 160 160 160 160 160)) (local.get $alnum))
          (i16x8.lt_u (i16x8.sub (local.get $c) (v128.const i16x8 8192 8192 8192 8192 8192 8192 8192 8192)) (v128.const i16x8 112 112 112 112 112 112 112 112)))
        (v128.or
          (i16x8.lt_u (i16x8.sub (local.get $c) (v128.const i16x8 12288 12288 12288 12288 12288 12288 12288 12288)) (v128.const i16x8 64 64 64 64 64 64 64 64))
          (i16x8.lt_u (i16x8.sub (local.get $c) (v128.const i16x8 -256 -256 -256 -256 -256 -256 -256 -256)) (v128.const i16x8 16 16 16 16 16 16 16 16)))))
    ;; A repeat: collapsible, and equal to the unit before or both whitespace (the larger of the two <= 32).
    (local.set $bits
      (i16x8.bitmask
        (v128.and (local.get $coll)
          (v128.or
            (i16x8.eq (local.get $c) (local.get $prev))
            (i16x8.lt_u (i16x8.max_u (local.get $c) (local.get $prev)) (v128.const i16x8 33 33 33 33 33 33 33 33))))))
    (if (i32.and (i32.eqz (local.get $bits)) (i32.le_u (i32.add (local.get $i) (i32.const 8)) (local.get $len)))
      (then
        ;; Eight kept units in a row: one vector of units, two of positions.
        (v128.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 1))) (local.get $c))
        (v128.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
          (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 0 1 2 3)))
        (v128.store offset=16 (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
          (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 4 5 6 7)))
        (return (i32.add (local.get $n) (i32.const 8)))))
    ;; Kept units among the ones that exist (i + j < len).
    (local.set $keep (i32.xor (local.get $bits) (i32.const 0xff)))
    (if (i32.lt_u (i32.sub (local.get $len) (local.get $i)) (i32.const 8))
      (then
        (local.set $keep
          (i32.and (local.get $keep)
            (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $len) (local.get $i))) (i32.const 1))))))
    (call $lanes (local.get $i) (local.get $keep) (local.get $n) (local.get $out) (local.get $idx)))

  ;; Appends units i + j for the set bits j of `keep` at n; returns the new n.
  (func $lanes (param $j i32) (param $keep i32) (param $n i32) (param $out i32) (param $idx i32) (result i32)
    (block $done
      (loop $lane
        (br_if $done (i32.eqz (local.get $keep)))
        (if (i32.and (local.get $keep) (i32.const 1))
          (then
            (i32.store16 (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 1)))
              (i32.load16_u (i32.shl (local.get $j) (i32.const 1))))
            (i32.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2))) (local.get $j))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $keep (i32.shr_u (local.get $keep) (i32.const 1)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $lane)))
    (local.get $n))

  ;; Writes the kept units and their positions; returns how many. `len` >= 1. Sixteen units a step while none of
  ;; them is above U+00FF (bytes then hold them exactly; a wider unit before them only ever compares unequal and
  ;; non-blank, as it should), eight at a time in 16-bit lanes otherwise.
  (func (export "squeeze") (param $len i32) (param $out i32) (param $idx i32) (result i32)
    (local $i i32) (local $n i32) (local $p i32) (local $bits i32) (local $v0 v128) (local $v1 v128)
    (local $b v128) (local $pb v128) (local $alnum v128)
    (local $k30 v128) (local $k10 v128) (local $k20 v128) (local $k61 v128) (local $k26 v128) (local $ka0 v128)
    (local $k21 v128) (local $khi v128) (local $kff v128)
    (local.set $k30 (i8x16.splat (i32.const 0x30)))
    (local.set $k10 (i8x16.splat (i32.const 10)))
    (local.set $k20 (i8x16.splat (i32.const 0x20)))
    (local.set $k61 (i8x16.splat (i32.const 0x61)))
    (local.set $k26 (i8x16.splat (i32.const 26)))
    (local.set $ka0 (i8x16.splat (i32.const 0xa0)))
    (local.set $k21 (i8x16.splat (i32.const 33)))
    (local.set $khi (i16x8.splat (i32.const 0xff00)))
    (local.set $kff (i16x8.splat (i32.const 0xff)))
    (i32.store16 (local.get $out) (i32.load16_u (i32.const 0)))
    (i32.store (local.get $idx) (i32.const 0))
    (local.set $n (i32.const 1))
    (local.set $i (i32.const 1))
    (block $wide
      (loop $next
        (br_if $wide (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $len)))
        (local.set $p (i32.shl (local.get $i) (i32.const 1)))
        (local.set $v0 (v128.load (local.get $p)))
        (local.set $v1 (v128.load offset=16 (local.get $p)))
        (if (v128.any_true (v128.and (v128.or (local.get $v0) (local.get $v1)) (local.get $khi)))
          (then
            (local.set $n (call $eight (local.get $i) (local.get $n) (local.get $len) (local.get $out) (local.get $idx)))
            (local.set $n
              (call $eight (i32.add (local.get $i) (i32.const 8)) (local.get $n) (local.get $len) (local.get $out)
                (local.get $idx))))
          (else
            (local.set $b (i8x16.narrow_i16x8_u (local.get $v0) (local.get $v1)))
            ;; The units before them, capped at 0xff first: the narrowing reads lanes as signed and would make
            ;; U+8000 and above 0, which looks like whitespace.
            (local.set $pb
              (i8x16.narrow_i16x8_u
                (i16x8.min_u (v128.load (i32.sub (local.get $p) (i32.const 2))) (local.get $kff))
                (i16x8.min_u (v128.load offset=14 (local.get $p)) (local.get $kff))))
            (local.set $alnum
              (v128.or
                (i8x16.lt_u (i8x16.sub (local.get $b) (local.get $k30)) (local.get $k10))
                (i8x16.lt_u (i8x16.sub (v128.or (local.get $b) (local.get $k20)) (local.get $k61)) (local.get $k26))))
            ;; Below U+00A0 and no letter or digit: collapsible (the wider ranges are above U+00FF).
            (local.set $bits
              (i8x16.bitmask
                (v128.and
                  (v128.andnot (i8x16.lt_u (local.get $b) (local.get $ka0)) (local.get $alnum))
                  (v128.or
                    (i8x16.eq (local.get $b) (local.get $pb))
                    (i8x16.lt_u (i8x16.max_u (local.get $b) (local.get $pb)) (local.get $k21))))))
            (if (i32.eqz (local.get $bits))
              (then
                (v128.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 1))) (local.get $v0))
                (v128.store offset=16 (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 1))) (local.get $v1))
                (v128.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
                  (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 0 1 2 3)))
                (v128.store offset=16 (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
                  (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 4 5 6 7)))
                (v128.store offset=32 (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
                  (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 8 9 10 11)))
                (v128.store offset=48 (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
                  (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 12 13 14 15)))
                (local.set $n (i32.add (local.get $n) (i32.const 16))))
              (else
                (local.set $n
                  (call $lanes (local.get $i) (i32.xor (local.get $bits) (i32.const 0xffff)) (local.get $n)
                    (local.get $out) (local.get $idx)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    ;; The last units, eight at a time.
    (block $done
      (loop $rest
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $n (call $eight (local.get $i) (local.get $n) (local.get $len) (local.get $out) (local.get $idx)))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $rest)))
    (i32.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2))) (local.get $len))
    (local.get $n)))
