import { z } from 'zod';
import { defineScanner } from '../types.js';
import { MIN_REPORTED_SCORE } from './calibrate.js';
import { warmUpHarmTopics } from './harm-topics-match.js';
import { gateHarm, harmRescorer } from './harm-topics.js';
import { sharedDetector } from './model-file.js';

const options = z.object({}).strict();

/**
 * Harmful intent: a plain request for seriously harmful help (weapons, malware, fraud, violence) with no
 * manipulation around it — a different signal from injection or jailbreak. Two signals must agree: the trained head
 * (AdvBench and GPTFuzz harmful questions plus multilingual phrases as positives) says the window reads like a
 * harmful request, and the window names a harmful object or act (harm-topics.ts). The head alone learned the request
 * FORM too ("how do I …", "write a …") and flagged "How do I bake bread?"; the topic gate makes the content decide.
 */
export default defineScanner({
  id: 'harmful_intent',
  directions: ['input'],
  kinds: ['harm'],
  description:
    'Requests for seriously harmful help: weapons, malware, fraud, violence (trained detector gated by a harm-topic lexicon)',
  options,
  create() {
    const { weights, run } = sharedDetector();
    const threshold = weights.threshold[3]!;
    const rescore = harmRescorer(weights);
    warmUpHarmTopics();
    return (t) => {
      const head = run(t).heads[3]!;
      const gated = gateHarm(t, head, threshold, rescore);
      if (gated === null || gated.score < MIN_REPORTED_SCORE) return [];
      const detail =
        head.via === 'text' ? 'harmful request' : `harmful request (hidden in ${head.via} payload)`;
      return [
        {
          scanner: 'harmful_intent',
          kind: 'harm',
          score: gated.score,
          start: gated.start,
          end: gated.end,
          detail,
        },
      ];
    };
  },
});
