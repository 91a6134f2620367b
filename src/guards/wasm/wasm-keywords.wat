;; The hot loop of the keyword index (src/guards/secrets/keyword-index.ts): an Aho-Corasick automaton completed into
;; a DFA, walked over a text's UTF-16 code units, one class-byte load and one transition load per unit. The
;; automaton is built in JavaScript (states, failure links, outputs); here only the walk runs, writing the positions
;; where a state that reports keywords is entered. Why WebAssembly: the same loop in JavaScript took ~4.5 ms per MB
;; (bounds checks and the typed-array loads V8 cannot hoist); the walk is one dependent load chain per unit.
;; src/guards/secrets/keyword-index.test.ts compares it with a plain JavaScript walk of the same tables.
;;
;; Memory (laid out by keyword-index.ts): the class of every code unit times 4 (uint16, 128 KiB), the transition table
;; (int32: the byte address of the next state's row; bitwise-not of it when that state reports keywords), the hit
;; buffer (pairs of int32: end offset, row address), the text's code units. Addresses and scaled classes keep the
;; dependent chain per unit to one add and one load.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, though no other thread uses it: growing an unshared memory detaches its old ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to every typed-array loop in JavaScript (see
  ;; src/guards/normalize/wasm-spaced-letters.wat). At most 2 GiB.
  (memory (export "memory") 1 32768 shared)

  ;; Walks units [from, len) of the text at byte address $units starting in the state whose row is at $row.
  ;; Each time a reporting state is entered, writes (offset just past the unit, that state's row address) at $hits;
  ;; stops after $cap such pairs. Returns how many pairs it wrote: fewer than $cap means the text is done; $cap means
  ;; call again from the last pair's offset in its state.
  (func (export "scan")
    (param $units i32) (param $len i32) (param $classes i32)
    (param $from i32) (param $row i32) (param $hits i32) (param $cap i32) (result i32)
    (local $p i32) (local $end i32) (local $v i32) (local $n i32) (local $h i32)
    (local.set $p (i32.add (local.get $units) (i32.shl (local.get $from) (i32.const 1))))
    (local.set $end (i32.add (local.get $units) (i32.shl (local.get $len) (i32.const 1))))
    (local.set $h (local.get $hits))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v
          (i32.load
            (i32.add (local.get $row)
              (i32.load16_u
                (i32.add (local.get $classes) (i32.shl (i32.load16_u (local.get $p)) (i32.const 1)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (if (i32.ge_s (local.get $v) (i32.const 0))
          (then
            (local.set $row (local.get $v))
            (br $next)))
        (local.set $row (i32.xor (local.get $v) (i32.const -1)))
        (i32.store (local.get $h) (i32.shr_u (i32.sub (local.get $p) (local.get $units)) (i32.const 1)))
        (i32.store offset=4 (local.get $h) (local.get $row))
        (local.set $h (i32.add (local.get $h) (i32.const 8)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br_if $next (i32.lt_u (local.get $n) (local.get $cap)))))
    (local.get $n))

  ;; Two walks at once, for long texts: A over units [$a, $aEnd) from row $aRow, B over [$b, $bEnd) from row $bRow,
  ;; one unit of each per step. Each walk is one dependent chain of loads; interleaving two keeps the core busy
  ;; while either waits (~1.5 -> ~0.9 ns per unit). Hits go to $hitsA and $hitsB (pairs as in scan; B's buffer
  ;; already holds $nb pairs). Stops when either walk ends or either buffer holds $cap pairs, and leaves at $state:
  ;; A's next unit, A's row, A's pair count, B's next unit, B's row, B's pair count (int32 each).
  (func (export "scan2")
    (param $units i32) (param $classes i32)
    (param $a i32) (param $aEnd i32) (param $aRow i32)
    (param $b i32) (param $bEnd i32) (param $bRow i32)
    (param $hitsA i32) (param $hitsB i32) (param $nb i32) (param $cap i32) (param $state i32)
    (local $pa i32) (local $ea i32) (local $pb i32) (local $eb i32) (local $va i32) (local $vb i32)
    (local $na i32)
    (local.set $pa (i32.add (local.get $units) (i32.shl (local.get $a) (i32.const 1))))
    (local.set $ea (i32.add (local.get $units) (i32.shl (local.get $aEnd) (i32.const 1))))
    (local.set $pb (i32.add (local.get $units) (i32.shl (local.get $b) (i32.const 1))))
    (local.set $eb (i32.add (local.get $units) (i32.shl (local.get $bEnd) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pa) (local.get $ea)))
        (br_if $done (i32.ge_u (local.get $pb) (local.get $eb)))
        (local.set $va
          (i32.load
            (i32.add (local.get $aRow)
              (i32.load16_u
                (i32.add (local.get $classes) (i32.shl (i32.load16_u (local.get $pa)) (i32.const 1)))))))
        (local.set $vb
          (i32.load
            (i32.add (local.get $bRow)
              (i32.load16_u
                (i32.add (local.get $classes) (i32.shl (i32.load16_u (local.get $pb)) (i32.const 1)))))))
        (local.set $pa (i32.add (local.get $pa) (i32.const 2)))
        (local.set $pb (i32.add (local.get $pb) (i32.const 2)))
        (local.set $aRow (local.get $va))
        (local.set $bRow (local.get $vb))
        ;; Either walk entered a reporting state: record it (rare, so one test for both).
        (if (i32.lt_s (i32.or (local.get $va) (local.get $vb)) (i32.const 0))
          (then
            (if (i32.lt_s (local.get $va) (i32.const 0))
              (then
                (local.set $aRow (i32.xor (local.get $va) (i32.const -1)))
                (i32.store
                  (i32.add (local.get $hitsA) (i32.shl (local.get $na) (i32.const 3)))
                  (i32.shr_u (i32.sub (local.get $pa) (local.get $units)) (i32.const 1)))
                (i32.store offset=4
                  (i32.add (local.get $hitsA) (i32.shl (local.get $na) (i32.const 3)))
                  (local.get $aRow))
                (local.set $na (i32.add (local.get $na) (i32.const 1)))))
            (if (i32.lt_s (local.get $vb) (i32.const 0))
              (then
                (local.set $bRow (i32.xor (local.get $vb) (i32.const -1)))
                (i32.store
                  (i32.add (local.get $hitsB) (i32.shl (local.get $nb) (i32.const 3)))
                  (i32.shr_u (i32.sub (local.get $pb) (local.get $units)) (i32.const 1)))
                (i32.store offset=4
                  (i32.add (local.get $hitsB) (i32.shl (local.get $nb) (i32.const 3)))
                  (local.get $bRow))
                (local.set $nb (i32.add (local.get $nb) (i32.const 1)))))
            (br_if $done (i32.ge_u (local.get $na) (local.get $cap)))
            (br_if $done (i32.ge_u (local.get $nb) (local.get $cap)))))
        (br $next)))
    (i32.store (local.get $state) (i32.shr_u (i32.sub (local.get $pa) (local.get $units)) (i32.const 1)))
    (i32.store offset=4 (local.get $state) (local.get $aRow))
    (i32.store offset=8 (local.get $state) (local.get $na))
    (i32.store offset=12 (local.get $state) (i32.shr_u (i32.sub (local.get $pb) (local.get $units)) (i32.const 1)))
    (i32.store offset=16 (local.get $state) (local.get $bRow))
    (i32.store offset=20 (local.get $state) (local.get $nb)))

  ;; For rules whose matches begin with a long alphanumeric run (find-secrets.ts): the start of the first run of
  ;; sixteen consecutive units of [A-Za-z0-9] at or after $from in the $len units at byte address $units, or -1.
  ;; findRun of wasm-encoded-runs.wat with a smaller alphabet (the same search; its test covers the bit logic,
  ;; keyword-index.test.ts this alphabet). Reads up to 63 units past the text (masked off): the text is the last
  ;; thing in memory, and keyword-index.ts reserves 128 bytes after it.
  (func (export "alnumRun") (param $units i32) (param $from i32) (param $len i32) (result i32)
    (local $ws i32) (local $p i32) (local $lim i32) (local $carry i32)
    (local $m i64) (local $inv i64) (local $r i64)
    (local $b v128) (local $low v128) (local $high v128)
    ;; The nibble tables of findRun (wasm-encoded-runs.wat) without its '+ - /' and '_' bits: 2 = low 0-9 under 3
    ;; (0-9), 4 = low 1-f under 4 or 6 (A-O, a-o), 8 = low 0-a under 5 or 7 (P-Z, p-z).
    (local.set $low (v128.const i8x16 10 14 14 14 14 14 14 14 14 14 12 4 4 4 4 4))
    (local.set $high (v128.const i8x16 0 0 0 2 4 8 4 8 0 0 0 0 0 0 0 0))
    (local.set $ws (i32.and (local.get $from) (i32.const -64)))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $ws) (local.get $len)))
        (local.set $p (i32.add (local.get $units) (i32.shl (local.get $ws) (i32.const 1))))
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
)
