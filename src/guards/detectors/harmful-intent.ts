import { z } from 'zod';
import { defineScanner } from '../types.js';
import { MIN_REPORTED_SCORE, calibratedScore } from './calibrate.js';
import { sharedDetector } from './model-file.js';

const options = z.object({}).strict();

/**
 * Harmful intent: a plain request for seriously harmful help (weapons, malware, fraud, violence) with no
 * manipulation around it — a different signal from injection or jailbreak. Trained on AdvBench and GPTFuzz
 * harmful questions plus multilingual phrases; security documentation and hard negatives are its negatives.
 */
export default defineScanner({
  id: 'harmful_intent',
  directions: ['input'],
  kinds: ['harm'],
  description: 'Requests for seriously harmful help: weapons, malware, fraud, violence (trained detector)',
  options,
  create() {
    const { weights, run } = sharedDetector();
    const threshold = weights.threshold[3]!;
    return (t) => {
      const head = run(t).heads[3]!;
      const score = calibratedScore(head.score, threshold);
      if (score < MIN_REPORTED_SCORE) return [];
      const detail =
        head.via === 'text' ? 'harmful request' : `harmful request (hidden in ${head.via} payload)`;
      return [{ scanner: 'harmful_intent', kind: 'harm', score, start: head.start, end: head.end, detail }];
    };
  },
});
