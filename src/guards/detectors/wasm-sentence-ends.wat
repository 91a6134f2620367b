;; The rule layer's sentence ends (rules.ts, rule-sentences.ts sentenceEnds) found in WebAssembly: one load of the
;; unit and one of its class per unit; and its test for letters spaced out (`spaced`). The regex it replaces on the hot path,
;; /[.!?](?=\s|$)|[\n。！？।؟]|(?<=[\u0e01-\u0e5b]) (?=[\u0e01-\u0e5b])/g, ran over every 8 KB piece of a long text
;; (~5 ms per MB). rule-sentences.test.ts compares the three on random texts.
;;
;; Memory (laid out by wasm-sentence-ends.ts): the class byte of every code unit at address 0 (1 . ! ?, 2 a newline
;; or a sentence mark of its own, 4 a Thai letter, 8 JavaScript's regex white space), then the text's units (with
;; 16 zero bytes after them: the tests below may read a unit or two past the end), then room for the ends.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, like the other guards modules: growing an unshared memory detaches its ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to typed-array loops in JavaScript. At most 2 GiB.
  (memory (export "memory") 1 32768 shared)

  ;; Writes at $out (int32, ascending) the index of every sentence end of the $n units at byte address $text: a
  ;; . ! ? before white space or the end, a newline or 。！？।؟, a space between two Thai letters (recorded when the
  ;; letter before it is read). Returns how many.
  (func (export "ends") (param $text i32) (param $n i32) (param $out i32) (result i32)
    (local $i i32) (local $p i32) (local $e i32) (local $w i32)
    (local.set $p (local.get $text))
    (local.set $w (local.get $out))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $e (i32.load8_u (i32.load16_u (local.get $p))))
        (if (i32.and (local.get $e) (i32.const 7))
          (then
            (if (i32.or
                  (i32.ne (i32.and (local.get $e) (i32.const 2)) (i32.const 0))
                  (i32.and
                    (i32.ne (i32.and (local.get $e) (i32.const 1)) (i32.const 0))
                    (i32.or
                      (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
                      (i32.ne
                        (i32.and (i32.load8_u (i32.load16_u offset=2 (local.get $p))) (i32.const 8))
                        (i32.const 0)))))
              (then
                (i32.store (local.get $w) (local.get $i))
                (local.set $w (i32.add (local.get $w) (i32.const 4)))))
            (if (i32.and
                  (i32.ne (i32.and (local.get $e) (i32.const 4)) (i32.const 0))
                  (i32.and
                    (i32.lt_u (i32.add (local.get $i) (i32.const 2)) (local.get $n))
                    (i32.and
                      (i32.eq (i32.load16_u offset=2 (local.get $p)) (i32.const 32))
                      (i32.ne
                        (i32.and (i32.load8_u (i32.load16_u offset=4 (local.get $p))) (i32.const 4))
                        (i32.const 0)))))
              (then
                (i32.store (local.get $w) (i32.add (local.get $i) (i32.const 1)))
                (local.set $w (i32.add (local.get $w) (i32.const 4)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $next)))
    (i32.shr_u (i32.sub (local.get $w) (local.get $out)) (i32.const 2)))

  ;; Where the $n units at $text first hold a space, a unit, a space, a unit, a space, a unit, a space, each unit not
  ;; white space (/ \S \S \S / without the u flag: letters spaced out one by one), in units from $text; -1: nowhere. The rule layer asks this of every
  ;; 8 KB piece of a long text; the regex stopped at every space (~2.5 ms per MB).
  (func (export "spaced") (param $text i32) (param $n i32) (result i32)
    (local $p i32) (local $end i32)
    (if (i32.lt_u (local.get $n) (i32.const 7)) (then (return (i32.const -1))))
    (local.set $p (local.get $text))
    ;; The last start: unit n - 7.
    (local.set $end (i32.add (local.get $text) (i32.shl (i32.sub (local.get $n) (i32.const 7)) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (local.get $p) (local.get $end)))
        ;; No space at units 6 and 7 from here: no match starts at units 0-7 (a match has a space at its start + 6,
        ;; + 4, + 2 and + 0, and one of units 6 and 7 is each of those for every start 0-7). Units up to 7 ahead
        ;; are in the text or in the zero bytes after it.
        (if (i32.and
              (i32.ne (i32.load16_u offset=12 (local.get $p)) (i32.const 32))
              (i32.ne (i32.load16_u offset=14 (local.get $p)) (i32.const 32)))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $next)))
        (if (i32.eq (i32.load16_u (local.get $p)) (i32.const 32))
          (then
            (if (i32.and
                  (i32.and
                    (i32.eq (i32.load16_u offset=4 (local.get $p)) (i32.const 32))
                    (i32.eq (i32.load16_u offset=8 (local.get $p)) (i32.const 32)))
                  (i32.eq (i32.load16_u offset=12 (local.get $p)) (i32.const 32)))
              (then
                (if (i32.eqz
                      (i32.and
                        (i32.or
                          (i32.or
                            (i32.load8_u (i32.load16_u offset=2 (local.get $p)))
                            (i32.load8_u (i32.load16_u offset=6 (local.get $p))))
                          (i32.load8_u (i32.load16_u offset=10 (local.get $p))))
                        (i32.const 8)))
                  (then (return (i32.shr_u (i32.sub (local.get $p) (local.get $text)) (i32.const 1)))))))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $next)))
    (i32.const -1))

  ;; For the pieces of a long text (rule-piece-flags.ts): the OR of the class bytes (table at $table, one byte per
  ;; code unit) of every 512 units of the $n units at $text, one byte per block at $masks. Every class is of units
  ;; above 0x7f, so eight ASCII units at a time are passed over with one vector test.
  (func (export "blocks") (param $table i32) (param $text i32) (param $n i32) (param $masks i32)
    (local $i i32) (local $p i32) (local $m i32) (local $k i32)
    (local.set $p (local.get $text))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (v128.any_true (i16x8.gt_u (v128.load (local.get $p)) (i16x8.splat (i32.const 0x7f))))
          (then
            (local.set $k (i32.const 0))
            (loop $unit
              (local.set $m
                (i32.or (local.get $m)
                  (i32.load8_u
                    (i32.add (local.get $table)
                      (i32.load16_u (i32.add (local.get $p) (i32.shl (local.get $k) (i32.const 1))))))))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br_if $unit (i32.lt_u (local.get $k) (i32.const 8))))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        ;; The end of a block (or of the text): its byte.
        (if (i32.or
              (i32.eqz (i32.and (local.get $i) (i32.const 511)))
              (i32.ge_u (local.get $i) (local.get $n)))
          (then
            (i32.store8
              (i32.add (local.get $masks) (i32.shr_u (i32.sub (local.get $i) (i32.const 1)) (i32.const 9)))
              (local.get $m))
            (local.set $m (i32.const 0))))
        (br $next))))
)
