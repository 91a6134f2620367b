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
    (local.get $n)))
