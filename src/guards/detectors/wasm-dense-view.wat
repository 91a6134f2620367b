;; denseView's pass (dense-view.ts) in WebAssembly, eight code units at a time: drops the units that repeat what the
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

  ;; Writes the kept units and their positions; returns how many. `len` >= 1.
  (func (export "squeeze") (param $len i32) (param $out i32) (param $idx i32) (result i32)
    (local $i i32) (local $n i32) (local $bits i32) (local $keep i32) (local $j i32) (local $p i32)
    (local $c v128) (local $prev v128) (local $alnum v128) (local $coll v128)
    ;; Constants kept in locals: one register each instead of a materialised splat per use.
    (local $k30 v128) (local $k10 v128) (local $k20 v128) (local $k61 v128) (local $k26 v128) (local $ka0 v128)
    (local $k2000 v128) (local $k70 v128) (local $k3000 v128) (local $k40 v128) (local $kff00 v128)
    (local $k16 v128) (local $k21 v128)
    (local.set $k30 (i16x8.splat (i32.const 0x30)))
    (local.set $k10 (i16x8.splat (i32.const 10)))
    (local.set $k20 (i16x8.splat (i32.const 0x20)))
    (local.set $k61 (i16x8.splat (i32.const 0x61)))
    (local.set $k26 (i16x8.splat (i32.const 26)))
    (local.set $ka0 (i16x8.splat (i32.const 0xa0)))
    (local.set $k2000 (i16x8.splat (i32.const 0x2000)))
    (local.set $k70 (i16x8.splat (i32.const 0x70)))
    (local.set $k3000 (i16x8.splat (i32.const 0x3000)))
    (local.set $k40 (i16x8.splat (i32.const 0x40)))
    (local.set $kff00 (i16x8.splat (i32.const 0xff00)))
    (local.set $k16 (i16x8.splat (i32.const 0x10)))
    (local.set $k21 (i16x8.splat (i32.const 33)))
    (i32.store16 (local.get $out) (i32.load16_u (i32.const 0)))
    (i32.store (local.get $idx) (i32.const 0))
    (local.set $n (i32.const 1))
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $p (i32.shl (local.get $i) (i32.const 1)))
        (local.set $c (v128.load (local.get $p)))
        (local.set $prev (v128.load offset=0 (i32.sub (local.get $p) (i32.const 2))))
        ;; ASCII letters and digits: c - 0x30 < 10, or (c | 0x20) - 0x61 < 26 (both only hold below 0x80).
        (local.set $alnum
          (v128.or
            (i16x8.lt_u (i16x8.sub (local.get $c) (local.get $k30)) (local.get $k10))
            (i16x8.lt_u (i16x8.sub (v128.or (local.get $c) (local.get $k20)) (local.get $k61)) (local.get $k26))))
        (local.set $coll
          (v128.or
            (v128.or
              (v128.andnot (i16x8.lt_u (local.get $c) (local.get $ka0)) (local.get $alnum))
              (i16x8.lt_u (i16x8.sub (local.get $c) (local.get $k2000)) (local.get $k70)))
            (v128.or
              (i16x8.lt_u (i16x8.sub (local.get $c) (local.get $k3000)) (local.get $k40))
              (i16x8.lt_u (i16x8.sub (local.get $c) (local.get $kff00)) (local.get $k16)))))
        ;; A repeat: collapsible, and equal to the unit before or both whitespace (the larger of the two <= 32).
        (local.set $bits
          (i16x8.bitmask
            (v128.and (local.get $coll)
              (v128.or
                (i16x8.eq (local.get $c) (local.get $prev))
                (i16x8.lt_u (i16x8.max_u (local.get $c) (local.get $prev)) (local.get $k21))))))
        (if (i32.and (i32.eqz (local.get $bits)) (i32.le_u (i32.add (local.get $i) (i32.const 8)) (local.get $len)))
          (then
            ;; Eight kept units in a row (prose): one vector of units, two of positions.
            (v128.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 1))) (local.get $c))
            (v128.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
              (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 0 1 2 3)))
            (v128.store offset=16 (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2)))
              (i32x4.add (i32x4.splat (local.get $i)) (v128.const i32x4 4 5 6 7)))
            (local.set $n (i32.add (local.get $n) (i32.const 8))))
          (else
            ;; Kept units among the ones that exist (i + j < len).
            (local.set $keep (i32.xor (local.get $bits) (i32.const 0xff)))
            (if (i32.lt_u (i32.sub (local.get $len) (local.get $i)) (i32.const 8))
              (then
                (local.set $keep
                  (i32.and (local.get $keep)
                    (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $len) (local.get $i))) (i32.const 1))))))
            (local.set $j (local.get $i))
            (block $lanes
              (loop $lane
                (br_if $lanes (i32.eqz (local.get $keep)))
                (if (i32.and (local.get $keep) (i32.const 1))
                  (then
                    (i32.store16 (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 1)))
                      (i32.load16_u (i32.shl (local.get $j) (i32.const 1))))
                    (i32.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2))) (local.get $j))
                    (local.set $n (i32.add (local.get $n) (i32.const 1)))))
                (local.set $keep (i32.shr_u (local.get $keep) (i32.const 1)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $lane)))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $next)))
    (i32.store (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 2))) (local.get $len))
    (local.get $n)))
