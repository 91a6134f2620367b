;; The hot loop of the term scanner (term-scanner.ts) in WebAssembly: the same walk as its JavaScript `scan`, over a
;; text's UTF-16 code units, with the same tables (built in JavaScript by compileTerms, copied here once). Why: the
;; JavaScript loop was half of the rule layer's time on long texts (~10 ms per MB: a table load, a branch and bounds
;; checks per unit); here the units that cannot start a term cost a load, a table load and two tests.
;; term-scanner.test.ts compares it with the JavaScript walk on random and real texts.
;;
;; Memory (laid out by term-scanner.ts, addresses passed to `init`): the class byte of every code unit (bits: 1
;; continues a word, 2 may start a term anywhere, 4 may start one at a word start, 8 is a term of one unit, 16 starts a term flagged `anywhere`, 32 an Arabic or Hebrew one-letter proclitic, 64 an Arabic or Hebrew
;; letter that may follow proclitics, 128 continues a word and may start a term only at a word start), the bigram
;; table (a byte per hash: a term of 2 units is it), the trigram
;; table (a byte per hash: 1 some term of 3+ units starts with it, 2 a term of 3 units is it), the quadgram table (a
;; byte per hash: some term of 4+ units starts with it), the root's child per code unit (int32),
;; the hash table of the trie's edges from nodes with several children (int32 triples: from node, unit, to
;; node; from = -1 when empty), a record per node (int32 each: its only child's unit, -1 for several, -2 for none;
;; that child; the term ending there, -1 for none; unused), numbered breadth first,
;; a byte per term flagged `anywhere`, then scratch room for the terms of one position (int32 pairs).
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, like the other guards modules: growing an unshared memory detaches its ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to typed-array loops in JavaScript. At most 2 GiB.
  (memory (export "memory") 1 32768 shared)

  (global $cls (mut i32) (i32.const 0))
  (global $bi (mut i32) (i32.const 0))
  (global $tri (mut i32) (i32.const 0))
  (global $quad (mut i32) (i32.const 0))
  (global $root (mut i32) (i32.const 0))
  (global $edges (mut i32) (i32.const 0))
  (global $mask (mut i32) (i32.const 0))
  (global $nodes (mut i32) (i32.const 0))
  (global $anyw (mut i32) (i32.const 0))
  (global $scratch (mut i32) (i32.const 0))

  (func (export "init")
    (param $cls i32) (param $bi i32) (param $tri i32) (param $quad i32) (param $root i32) (param $edges i32) (param $mask i32)
    (param $nodes i32) (param $anyw i32) (param $scratch i32)
    (global.set $cls (local.get $cls))
    (global.set $bi (local.get $bi))
    (global.set $tri (local.get $tri))
    (global.set $quad (local.get $quad))
    (global.set $root (local.get $root))
    (global.set $edges (local.get $edges))
    (global.set $mask (local.get $mask))
    (global.set $nodes (local.get $nodes))
    (global.set $anyw (local.get $anyw))
    (global.set $scratch (local.get $scratch)))

  ;; Scans starts [i, $stop) of the text of $n units at byte address $text (terms may run on to $n), where i, the
  ;; previous unit's word bit and the start of the current word are read from $state (three int32; zeros for a new
  ;; text, or for a start three units before the first one wanted: the word context a start reads). Writes a (start, end, term) int32
  ;; triple at $out for every term found, the terms of one position longest first, and stops before a position once
  ;; $limit triples are written (the caller leaves room after $limit for one position's terms). Leaves the position
  ;; to resume at (or $stop) and the two word fields at $state, and returns how many triples it wrote.
  (func (export "scan")
    (param $text i32) (param $n i32) (param $state i32) (param $out i32) (param $limit i32) (param $stop i32)
    (result i32)
    (local $i i32) (local $c i32) (local $f i32) (local $wasWord i32) (local $prevWord i32)
    (local $wordStart i32) (local $onlyAny i32) (local $ok i32) (local $k i32) (local $node i32)
    (local $j i32) (local $found i32) (local $term i32) (local $o i32) (local $ch i32) (local $count i32)
    (local $w i32) (local $s i32) (local $r i32) (local $h i32) (local $e i32) (local $from i32)
    (local.set $i (i32.load (local.get $state)))
    (local.set $prevWord (i32.load offset=4 (local.get $state)))
    (local.set $wordStart (i32.load offset=8 (local.get $state)))
    (local.set $w (local.get $out))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $stop)))
        (br_if $done (i32.ge_u (local.get $count) (local.get $limit)))
        (block $cont
          (local.set $c (i32.load16_u (i32.add (local.get $text) (i32.shl (local.get $i) (i32.const 1)))))
          (local.set $f (i32.load8_u (i32.add (global.get $cls) (local.get $c))))
          ;; Most units start nothing: a unit outside words that starts no term, or one inside a word (after a word
          ;; unit) that can start only at a word start. The first leaves no word; the second changes nothing.
          (if (i32.eqz (i32.and (local.get $f) (i32.const 7)))
            (then
              (local.set $prevWord (i32.const 0))
              (br $cont)))
          (br_if $cont (i32.and (i32.ne (i32.and (local.get $f) (i32.const 128)) (i32.const 0)) (local.get $prevWord)))
          (local.set $wasWord (local.get $prevWord))
          (local.set $prevWord (i32.and (local.get $f) (i32.const 1)))
          (if (i32.eqz (local.get $wasWord)) (then (local.set $wordStart (local.get $i))))
          (br_if $cont (i32.eqz (i32.and (local.get $f) (i32.const 6))))
          ;; Inside a word only terms flagged `anywhere` may start, or Arabic and Hebrew terms after one or two
          ;; one-letter proclitics at the start of the word.
          (local.set $onlyAny (i32.const 0))
          (if (i32.and (i32.ne (i32.and (local.get $f) (i32.const 4)) (i32.const 0)) (local.get $wasWord))
            (then
              (local.set $ok
                (i32.and
                  (i32.le_u (i32.sub (local.get $i) (local.get $wordStart)) (i32.const 2))
                  (i32.ne (i32.and (local.get $f) (i32.const 64)) (i32.const 0))))
              (local.set $k (local.get $wordStart))
              (block $pe
                (loop $pl
                  (br_if $pe (i32.eqz (local.get $ok)))
                  (br_if $pe (i32.ge_u (local.get $k) (local.get $i)))
                  (if (i32.eqz
                        (i32.and
                          (i32.load8_u
                            (i32.add (global.get $cls)
                              (i32.load16_u
                                (i32.add (local.get $text) (i32.shl (local.get $k) (i32.const 1))))))
                          (i32.const 32)))
                    (then (local.set $ok (i32.const 0))))
                  (local.set $k (i32.add (local.get $k) (i32.const 1)))
                  (br $pl)))
              (if (i32.eqz (local.get $ok))
                (then
                  (br_if $cont (i32.eqz (i32.and (local.get $f) (i32.const 16))))
                  (local.set $onlyAny (i32.const 1))))))
          ;; Walk only where a term of some length can match: its first 1, 2, 3 or 4 units (hashed) say so.
          (if (i32.eqz (i32.and (local.get $f) (i32.const 8)))
            (then
              (br_if $cont (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $n)))
              (local.set $k (i32.add (local.get $text) (i32.shl (local.get $i) (i32.const 1))))
              (local.set $o
                (i32.xor
                  (i32.mul (local.get $c) (i32.const 0x9e3779b1))
                  (i32.mul (i32.load16_u offset=2 (local.get $k)) (i32.const 0x85ebca6b))))
              (if (i32.eqz
                    (i32.load8_u (i32.add (global.get $bi) (i32.and (local.get $o) (i32.const 0xffff)))))
                (then
                  (br_if $cont (i32.ge_u (i32.add (local.get $i) (i32.const 2)) (local.get $n)))
                  (local.set $o
                    (i32.xor (local.get $o) (i32.mul (i32.load16_u offset=4 (local.get $k)) (i32.const 0xc2b2ae35))))
                  (local.set $ok
                    (i32.load8_u (i32.add (global.get $tri) (i32.and (local.get $o) (i32.const 0xffff)))))
                  (br_if $cont (i32.eqz (local.get $ok)))
                  (if (i32.eqz (i32.and (local.get $ok) (i32.const 2)))
                    (then
                      (br_if $cont (i32.ge_u (i32.add (local.get $i) (i32.const 3)) (local.get $n)))
                      (br_if $cont
                        (i32.eqz
                          (i32.load8_u
                            (i32.add (global.get $quad)
                              (i32.and
                                (i32.xor
                                  (local.get $o)
                                  (i32.mul (i32.load16_u offset=6 (local.get $k)) (i32.const 0x27d4eb2f)))
                                (i32.const 0xffff))))))))))))
          ;; Walk the trie from the root's child by this unit, collecting the terms that end on the way.
          (local.set $node (i32.load (i32.add (global.get $root) (i32.shl (local.get $c) (i32.const 2)))))
          (local.set $j (i32.add (local.get $i) (i32.const 1)))
          (local.set $found (i32.const 0))
          (block $wend
            (loop $walk
              (br_if $wend (i32.eq (local.get $node) (i32.const -1)))
              (local.set $r (i32.add (global.get $nodes) (i32.shl (local.get $node) (i32.const 4))))
              (local.set $term (i32.load offset=8 (local.get $r)))
              (if (i32.ge_s (local.get $term) (i32.const 0))
                (then
                  (if (i32.or
                        (i32.eqz (local.get $onlyAny))
                        (i32.load8_u (i32.add (global.get $anyw) (local.get $term))))
                    (then
                      (local.set $s (i32.add (global.get $scratch) (i32.shl (local.get $found) (i32.const 3))))
                      (i32.store (local.get $s) (local.get $j))
                      (i32.store offset=4 (local.get $s) (local.get $term))
                      (local.set $found (i32.add (local.get $found) (i32.const 1)))))))
              (br_if $wend (i32.ge_u (local.get $j) (local.get $n)))
              (local.set $o (i32.load (local.get $r)))
              (local.set $ch (i32.load16_u (i32.add (local.get $text) (i32.shl (local.get $j) (i32.const 1)))))
              (if (i32.eq (local.get $o) (i32.const -1))
                (then
                  ;; Several children: the edge hash table (open addressing, linear probing), inline.
                  (local.set $h
                    (i32.and
                      (i32.xor (i32.mul (local.get $node) (i32.const 0x9e3779b1)) (local.get $ch))
                      (global.get $mask)))
                  (block $got
                    (loop $probe
                      (local.set $e (i32.add (global.get $edges) (i32.mul (local.get $h) (i32.const 12))))
                      (local.set $from (i32.load (local.get $e)))
                      (if (i32.eq (local.get $from) (i32.const -1))
                        (then
                          (local.set $node (i32.const -1))
                          (br $got)))
                      (if (i32.and
                            (i32.eq (local.get $from) (local.get $node))
                            (i32.eq (i32.load offset=4 (local.get $e)) (local.get $ch)))
                        (then
                          (local.set $node (i32.load offset=8 (local.get $e)))
                          (br $got)))
                      (local.set $h (i32.and (i32.add (local.get $h) (i32.const 1)) (global.get $mask)))
                      (br $probe))))
                (else
                  (if (i32.eq (local.get $o) (local.get $ch))
                    (then (local.set $node (i32.load offset=4 (local.get $r))))
                    (else (local.set $node (i32.const -1))))))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $walk)))
          ;; The terms of this position, longest (found last) first.
          (block $wdone
            (loop $write
              (br_if $wdone (i32.eqz (local.get $found)))
              (local.set $found (i32.sub (local.get $found) (i32.const 1)))
              (local.set $s (i32.add (global.get $scratch) (i32.shl (local.get $found) (i32.const 3))))
              (i32.store (local.get $w) (local.get $i))
              (i32.store offset=4 (local.get $w) (i32.load (local.get $s)))
              (i32.store offset=8 (local.get $w) (i32.load offset=4 (local.get $s)))
              (local.set $w (i32.add (local.get $w) (i32.const 12)))
              (local.set $count (i32.add (local.get $count) (i32.const 1)))
              (br $write))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store (local.get $state) (local.get $i))
    (i32.store offset=4 (local.get $state) (local.get $prevWord))
    (i32.store offset=8 (local.get $state) (local.get $wordStart))
    (local.get $count))
)
