;; scoreBlocks' hot loop (features.ts) in WebAssembly: the same hashed word 1-3-grams and character 3-5-grams as
;; extractFeatures, each feature's four int8 head weights (one biased int32 of the packed table, see packWeights)
;; added into per-block sums. Integer arithmetic only, so every block sum is bit-identical to extractFeatures' features
;; summed; src/guards/detectors/features.test.ts checks that on many texts.
;;
;; Each block of 64 code units goes through four phases:
;;   1. scalar, per unit, with no branch but the ASCII test: fold (ASCII table / punctuation ranges), FNV-1a word
;;      hashing, the list of the hashes of the words ending in the block, and the collapsed unit stream the character
;;      n-grams run over;
;;   2. SIMD, four stream positions at a time: the character 3-, 4- and 5-gram hashes and bucket addresses;
;;   2b. SIMD, four words at a time: the word 1-, 2- and 3-gram bucket addresses;
;;   3. SIMD gather: four packed weights per vector, widened into eight 16-bit lanes (head h in lanes h and h + 4).
;; Measured (BENCHMARKS.md, WebAssembly n-gram scorer round): the JavaScript loop written the same way in scalar
;; WebAssembly was barely faster; the four-wide hashing and the branch-free first phase are what pay.
;;
;; Memory (wasm-score-blocks.ts grows it and places the text and the output):
;;   [0, 1 MiB)              packed weights, one int32 per bucket (2^18), copied once per loaded weights
;;   0x100080 (4 bytes)      ZERO: a zero "weight" that padding addresses point at, adding nothing
;;   0x100100 (4 + 64 + 3)   COLL: the block's collapsed units as int32, after the four before them (the n-gram context)
;;   0x100400 (16 x 48)      IDX: character n-gram addresses, per group of four positions 4 x h3, 4 x h4, 4 x h5
;;   0x100800 (8 x 48)       WIDX: word n-gram addresses, per group of four words 4 x 1-gram, 4 x 2-gram, 4 x 3-gram
;;   0x100c00 (2 + 32 + 3)   WL: hashes of the words ending in the block (at most 32), after the two before them
;;   0x100e00 (128 x 2)      ASCII table: per unit its folded form (separators a space, punctuation itself, A-Z to a-z,
;;                           0-9 to 0) and, in the high byte, 1 for a word unit
;;   0x101000 (128 KiB)      LOWER: per UTF-16 unit >= 0x80 its lower-case unit, or 0 where lower-casing it alone
;;                           is not what toLowerCase does to it inside a text (see wasm-score-blocks.ts, lowerTable)
;;   0x121000 …              the text (plus one unit), then the sums and counts, at offsets the caller passes
;; Lane bound: per block at most 16 x 3 + 8 x 3 vectors, each adding 2 biased bytes (<= 255) per lane:
;; 144 x 255 < 65536, so a 16-bit lane never carries.
;; Regenerate the binary after editing: npm run gen:wasm (npm run check fails while it is stale).
(module
  ;; Shared, though no other thread uses it: growing an unshared memory detaches its old ArrayBuffer, and the first
  ;; detach in a process makes V8 add detach checks to every typed-array loop in JavaScript from then on (measured:
  ;; the secrets scanner ~1 ms per MB slower). A shared memory's old buffer stays valid. At most 2 GiB.
  (memory (export "memory") 19 32768 shared)
  ;; ASCII: per unit (two bytes) the folded unit as phase 1 uses it (separators a space, punctuation itself,
  ;; A-Z a-z, 0-9 0) and 1 for a word unit.
  (data (i32.const 0x100e00)
    "\20\00\20\00\20\00\20\00\20\00\20\00\20\00\20\00"
    "\20\00\20\00\20\00\20\00\20\00\20\00\20\00\20\00"
    "\20\00\20\00\20\00\20\00\20\00\20\00\20\00\20\00"
    "\20\00\20\00\20\00\20\00\20\00\20\00\20\00\20\00"
    "\20\00\21\00\22\00\23\00\24\00\25\00\26\00\27\00"
    "\28\00\29\00\2a\00\2b\00\2c\00\2d\00\2e\00\2f\00"
    "\30\01\30\01\30\01\30\01\30\01\30\01\30\01\30\01"
    "\30\01\30\01\3a\00\3b\00\3c\00\3d\00\3e\00\3f\00"
    "\40\00\61\01\62\01\63\01\64\01\65\01\66\01\67\01"
    "\68\01\69\01\6a\01\6b\01\6c\01\6d\01\6e\01\6f\01"
    "\70\01\71\01\72\01\73\01\74\01\75\01\76\01\77\01"
    "\78\01\79\01\7a\01\5b\00\5c\00\5d\00\5e\00\5f\00"
    "\60\00\61\01\62\01\63\01\64\01\65\01\66\01\67\01"
    "\68\01\69\01\6a\01\6b\01\6c\01\6d\01\6e\01\6f\01"
    "\70\01\71\01\72\01\73\01\74\01\75\01\76\01\77\01"
    "\78\01\79\01\7a\01\7b\00\7c\00\7d\00\7e\00\7f\00")

  ;; Where lower-casing the text unit by unit through LOWER (at `lower`) is not exact: -2 when none of the `len`
  ;; code units at `p` is >= 0x80 (nothing to lower-case), -1 when every one of them has a LOWER entry, else the
  ;; index of the first unit from `from` on whose entry is 0 (the caller then resolves it or lower-cases in JS).
  (func (export "lowerFrom") (param $p i32) (param $len i32) (param $from i32) (param $lower i32) (result i32)
    (local $end i32) (local $q i32) (local $u i32) (local $any i32)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $len) (i32.const 1))))
    (local.set $q (i32.add (local.get $p) (i32.shl (local.get $from) (i32.const 1))))
    (local.set $any (i32.ne (local.get $from) (i32.const 0)))
    (block $done
      (loop $vec
        (br_if $done (i32.gt_u (i32.add (local.get $q) (i32.const 16)) (local.get $end)))
        ;; Eight units at a time; only a vector holding a unit >= 0x80 is looked at unit by unit.
        (if (v128.any_true (v128.and (v128.load (local.get $q)) (i16x8.splat (i32.const 0xff80))))
          (then
            (local.set $any (i32.const 1))
            (local.set $u (local.get $q))
            (loop $unit
              (if (i32.ge_u (i32.load16_u (local.get $u)) (i32.const 0x80))
                (then
                  (if (i32.eqz (i32.load16_u (i32.add (local.get $lower)
                        (i32.shl (i32.load16_u (local.get $u)) (i32.const 1)))))
                    (then (return (i32.shr_u (i32.sub (local.get $u) (local.get $p)) (i32.const 1)))))))
              (local.set $u (i32.add (local.get $u) (i32.const 2)))
              (br_if $unit (i32.lt_u (local.get $u) (i32.add (local.get $q) (i32.const 16)))))))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br $vec)))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $q) (local.get $end)))
        (if (i32.ge_u (i32.load16_u (local.get $q)) (i32.const 0x80))
          (then
            (local.set $any (i32.const 1))
            (if (i32.eqz (i32.load16_u (i32.add (local.get $lower)
                  (i32.shl (i32.load16_u (local.get $q)) (i32.const 1)))))
              (then (return (i32.shr_u (i32.sub (local.get $q) (local.get $p)) (i32.const 1)))))))
        (local.set $q (i32.add (local.get $q) (i32.const 2)))
        (br $tail)))
    (select (i32.const -1) (i32.const -2) (local.get $any)))

  ;; Adds the packed weights at the addresses in [ptr, end) (a multiple of 4 addresses) into eight 16-bit lanes:
  ;; lanes h and h + 4 hold head h.
  (func $gather (param $ptr i32) (param $end i32) (param $acc v128) (result v128)
    (local $g v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $g (v128.load32_zero (i32.load (local.get $ptr))))
        (local.set $g (v128.load32_lane 1 (i32.load offset=4 (local.get $ptr)) (local.get $g)))
        (local.set $g (v128.load32_lane 2 (i32.load offset=8 (local.get $ptr)) (local.get $g)))
        (local.set $g (v128.load32_lane 3 (i32.load offset=12 (local.get $ptr)) (local.get $g)))
        (local.set $acc (i16x8.add (local.get $acc) (i16x8.extend_low_i8x16_u (local.get $g))))
        (local.set $acc (i16x8.add (local.get $acc) (i16x8.extend_high_i8x16_u (local.get $g))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 16)))
        (br $next)))
    (local.get $acc))

  ;; Scores the `len` code units at `p` (writing one unit past them): four int32 sums per block at `sums`, the
  ;; feature count per block at `counts`; returns the number of blocks (floor(len / 64) + 1). With `lower` (the
  ;; address of LOWER; 0: the text is already lower-cased) each unit >= 0x80 is read through LOWER first.
  (func (export "score") (param $p i32) (param $len i32) (param $sums i32) (param $counts i32) (param $lower i32)
    (result i32)
    (local $end i32) (local $blockEnd i32) (local $blocks i32)
    (local $k i32) (local $m i32) (local $j i32) (local $q i32) (local $n i32)
    (local $c4 i32) (local $emit i32) (local $word i32) (local $inWord i32)
    (local $raw i32) (local $c i32) (local $wordChar i32)
    (local $vc v128) (local $h3 v128) (local $h4 v128) (local $mask v128) (local $zero v128) (local $acc v128)
    (local $w1 v128) (local $valid v128) (local $nw v128)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $len) (i32.const 1))))
    ;; The text ends with one space: it closes the last word, as extractFeatures' virtual unit past the end does.
    (i32.store16 (local.get $end) (i32.const 32))
    (v128.store (i32.const 0x100100) (i32x4.splat (i32.const 32)))
    ;; No word before the first: prevWord = prevWord2 = 0, as in extractFeatures.
    (i64.store (i32.const 0x100c00) (i64.const 0))
    (local.set $zero (i32x4.splat (i32.const 0x100080)))
    (local.set $c4 (i32.const 32))
    (local.set $word (i32.const 0x811c9dc5))
    (loop $block
      (local.set $blockEnd (i32.add (local.get $p) (i32.const 128)))
      (if (i32.gt_u (local.get $blockEnd) (i32.add (local.get $end) (i32.const 2)))
        (then (local.set $blockEnd (i32.add (local.get $end) (i32.const 2)))))
      (local.set $k (i32.const 0))
      (local.set $m (i32.const 0))
      ;; Phase 1, no branch but the ASCII test: fold each unit, FNV-hash words, list the hashes of the words
      ;; ending in this block (m of them) and the collapsed stream (k units).
      (loop $unit
        ;; ASCII through the table (separators become a space, punctuation stays itself); other units are word
        ;; units unless they are general, CJK or fullwidth punctuation.
        (local.set $raw (i32.load16_u (local.get $p)))
        (if (i32.lt_u (local.get $raw) (i32.const 128))
          (then
            (local.set $c (i32.load16_u offset=0x100e00 (i32.shl (local.get $raw) (i32.const 1))))
            (local.set $wordChar (i32.shr_u (local.get $c) (i32.const 8)))
            (local.set $c (i32.and (local.get $c) (i32.const 0xff))))
          (else
            ;; Lower-cased through LOWER (lowerFrom said every such unit has an entry); with `lower` 0 the load reads
            ;; the weights and is discarded.
            (local.set $raw
              (select
                (i32.load16_u (i32.add (local.get $lower) (i32.shl (local.get $raw) (i32.const 1))))
                (local.get $raw)
                (local.get $lower)))
            (local.set $c (local.get $raw))
            (local.set $wordChar
              (i32.and
                (i32.and
                  (i32.ge_u (local.get $raw) (i32.const 0xa0))
                  (i32.gt_u (i32.sub (local.get $raw) (i32.const 0x2000)) (i32.const 0x6f)))
                (i32.and
                  (i32.gt_u (i32.sub (local.get $raw) (i32.const 0x3000)) (i32.const 0x3f))
                  (i32.gt_u (i32.sub (local.get $raw) (i32.const 0xff00)) (i32.const 0x0f)))))))
        ;; A word ends at a unit that is not a word unit: its hash joins the list (always stored, kept when it ends).
        (i32.store offset=0x100c08 (i32.shl (local.get $m) (i32.const 2)) (local.get $word))
        (local.set $m (i32.add (local.get $m) (i32.and (i32.eqz (local.get $wordChar)) (local.get $inWord))))
        (local.set $word
          (select (i32.mul (i32.xor (local.get $word) (local.get $c)) (i32.const 0x01000193))
            (i32.const 0x811c9dc5) (local.get $wordChar)))
        (local.set $inWord (local.get $wordChar))
        ;; A space after a space, or a punctuation mark repeating the last one, adds no character n-gram. The last
        ;; collapsed unit is a space exactly when extractFeatures' prevSpace is set, so one comparison covers both.
        (local.set $emit (i32.or (i32.ne (local.get $c) (local.get $c4)) (local.get $wordChar)))
        (i32.store offset=0x100110 (i32.shl (local.get $k) (i32.const 2)) (local.get $c))
        (local.set $k (i32.add (local.get $k) (local.get $emit)))
        ;; Not emitted means equal to the last collapsed unit: either way that is now c.
        (local.set $c4 (local.get $c))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br_if $unit (i32.lt_u (local.get $p) (local.get $blockEnd))))
      ;; Phase 2: the character 3-, 4- and 5-gram bucket addresses of four positions at a time (past k: ZERO).
      (local.set $j (i32.const 0))
      (block $hashed
        (loop $group
          (br_if $hashed (i32.ge_u (local.get $j) (local.get $k)))
          (local.set $mask
            (i32x4.lt_s
              (i32x4.add (i32x4.splat (local.get $j)) (v128.const i32x4 0 1 2 3))
              (i32x4.splat (local.get $k))))
          (local.set $vc (v128.load offset=0x100110 (i32.shl (local.get $j) (i32.const 2))))
          (local.set $h3
            (v128.xor
              (v128.xor
                (i32x4.mul (v128.load offset=0x100108 (i32.shl (local.get $j) (i32.const 2)))
                  (i32x4.splat (i32.const 0x9e3779b1)))
                (i32x4.mul (v128.load offset=0x10010c (i32.shl (local.get $j) (i32.const 2)))
                  (i32x4.splat (i32.const 0x85ebca77))))
              (local.get $vc)))
          (local.set $h4
            (v128.xor
              (i32x4.mul (v128.load offset=0x100104 (i32.shl (local.get $j) (i32.const 2)))
                (i32x4.splat (i32.const 0x27d4eb2f)))
              (i32x4.mul (local.get $h3) (i32x4.splat (i32.const 0x165667b1)))))
          (v128.store offset=0x100400 (i32.mul (local.get $j) (i32.const 12))
            (v128.bitselect
              (i32x4.shl
                (i32x4.shr_u
                  (i32x4.mul (v128.xor (local.get $h3) (i32x4.splat (i32.const 0x68e31da4)))
                    (i32x4.splat (i32.const 0x9e3779b1)))
                  (i32.const 14))
                (i32.const 2))
              (local.get $zero)
              (local.get $mask)))
          (v128.store offset=0x100410 (i32.mul (local.get $j) (i32.const 12))
            (v128.bitselect
              (i32x4.shl
                (i32x4.shr_u
                  (i32x4.mul (v128.xor (local.get $h4) (i32x4.splat (i32.const 0x7f4a7c15)))
                    (i32x4.splat (i32.const 0x9e3779b1)))
                  (i32.const 14))
                (i32.const 2))
              (local.get $zero)
              (local.get $mask)))
          (v128.store offset=0x100420 (i32.mul (local.get $j) (i32.const 12))
            (v128.bitselect
              (i32x4.shl
                (i32x4.shr_u
                  (i32x4.mul
                    (v128.xor
                      (v128.xor
                        (i32x4.mul (v128.load offset=0x100100 (i32.shl (local.get $j) (i32.const 2)))
                          (i32x4.splat (i32.const 0xc2b2ae3d)))
                        (local.get $h4))
                      (i32x4.splat (i32.const 0x3c6ef372)))
                    (i32x4.splat (i32.const 0x9e3779b1)))
                  (i32.const 14))
                (i32.const 2))
              (local.get $zero)
              (local.get $mask)))
          (local.set $j (i32.add (local.get $j) (i32.const 4)))
          (br $group)))
      ;; Phase 2b: the word 1-, 2- and 3-gram addresses of four words at a time, each word with the two before it
      ;; (the list starts with the last two of earlier blocks). A 2- or 3-gram whose earlier word hash is 0 is
      ;; absent, as in extractFeatures; absent ones and those past m point at ZERO and are not counted.
      (local.set $q (i32.const 0))
      (local.set $nw (v128.const i64x2 0 0))
      (block $words
        (loop $wgroup
          (br_if $words (i32.ge_u (local.get $q) (local.get $m)))
          (local.set $mask
            (i32x4.lt_s
              (i32x4.add (i32x4.splat (local.get $q)) (v128.const i32x4 0 1 2 3))
              (i32x4.splat (local.get $m))))
          (local.set $vc (v128.load offset=0x100c08 (i32.shl (local.get $q) (i32.const 2))))
          (local.set $w1 (v128.load offset=0x100c04 (i32.shl (local.get $q) (i32.const 2))))
          (local.set $h3 (v128.load offset=0x100c00 (i32.shl (local.get $q) (i32.const 2))))
          (local.set $nw (i32x4.sub (local.get $nw) (local.get $mask)))
          (v128.store offset=0x100800 (i32.mul (local.get $q) (i32.const 12))
            (v128.bitselect
              (i32x4.shl
                (i32x4.shr_u
                  (i32x4.mul (v128.xor (local.get $vc) (i32x4.splat (i32.const 0x1b873593)))
                    (i32x4.splat (i32.const 0x9e3779b1)))
                  (i32.const 14))
                (i32.const 2))
              (local.get $zero)
              (local.get $mask)))
          ;; h4 = prevWord * 0x9e3779b1 ^ word, shared by the 2- and 3-gram.
          (local.set $h4
            (v128.xor (i32x4.mul (local.get $w1) (i32x4.splat (i32.const 0x9e3779b1))) (local.get $vc)))
          (local.set $valid (v128.and (local.get $mask) (v128.not (i32x4.eq (local.get $w1) (v128.const i64x2 0 0)))))
          (local.set $nw (i32x4.sub (local.get $nw) (local.get $valid)))
          (v128.store offset=0x100810 (i32.mul (local.get $q) (i32.const 12))
            (v128.bitselect
              (i32x4.shl
                (i32x4.shr_u
                  (i32x4.mul (v128.xor (local.get $h4) (i32x4.splat (i32.const 0x5bd1e995)))
                    (i32x4.splat (i32.const 0x9e3779b1)))
                  (i32.const 14))
                (i32.const 2))
              (local.get $zero)
              (local.get $valid)))
          (local.set $valid (v128.and (local.get $mask) (v128.not (i32x4.eq (local.get $h3) (v128.const i64x2 0 0)))))
          (local.set $nw (i32x4.sub (local.get $nw) (local.get $valid)))
          (v128.store offset=0x100820 (i32.mul (local.get $q) (i32.const 12))
            (v128.bitselect
              (i32x4.shl
                (i32x4.shr_u
                  (i32x4.mul
                    (v128.xor
                      (v128.xor (i32x4.mul (local.get $h3) (i32x4.splat (i32.const 0x85ebca77))) (local.get $h4))
                      (i32x4.splat (i32.const 0x2545f491)))
                    (i32x4.splat (i32.const 0x9e3779b1)))
                  (i32.const 14))
                (i32.const 2))
              (local.get $zero)
              (local.get $valid)))
          (local.set $q (i32.add (local.get $q) (i32.const 4)))
          (br $wgroup)))
      ;; Phase 3: gather and add.
      (local.set $acc
        (call $gather (i32.const 0x100400) (i32.add (i32.const 0x100400) (i32.mul (local.get $j) (i32.const 12)))
          (v128.const i64x2 0 0)))
      (local.set $acc
        (call $gather (i32.const 0x100800) (i32.add (i32.const 0x100800) (i32.mul (local.get $q) (i32.const 12)))
          (local.get $acc)))
      (local.set $n
        (i32.add (i32.mul (local.get $k) (i32.const 3))
          (i32.add
            (i32.add (i32x4.extract_lane 0 (local.get $nw)) (i32x4.extract_lane 1 (local.get $nw)))
            (i32.add (i32x4.extract_lane 2 (local.get $nw)) (i32x4.extract_lane 3 (local.get $nw))))))
      (v128.store (local.get $sums)
        (i32x4.sub
          (i32x4.add (i32x4.extend_low_i16x8_u (local.get $acc)) (i32x4.extend_high_i16x8_u (local.get $acc)))
          (i32x4.splat (i32.shl (local.get $n) (i32.const 7)))))
      (i32.store (local.get $counts) (local.get $n))
      (local.set $sums (i32.add (local.get $sums) (i32.const 16)))
      (local.set $counts (i32.add (local.get $counts) (i32.const 4)))
      (local.set $blocks (i32.add (local.get $blocks) (i32.const 1)))
      ;; The last four collapsed units and the last two word hashes are the next block's context.
      (v128.store (i32.const 0x100100) (v128.load offset=0x100100 (i32.shl (local.get $k) (i32.const 2))))
      (i64.store (i32.const 0x100c00) (i64.load offset=0x100c00 (i32.shl (local.get $m) (i32.const 2))))
      (br_if $block (i32.le_u (local.get $p) (local.get $end))))
    (local.get $blocks)))
