import { z } from 'zod';
import { defineScanner } from '../types.js';
import { MIN_REPORTED_SCORE, calibratedScore } from './calibrate.js';
import { sharedDetector } from './model-file.js';

const options = z.object({}).strict();

/**
 * Jailbreak: attempts to get past the model's safety policy — personas without rules (DAN, "developer mode"),
 * role-play framings, fictional wrappers, optimised suffixes. Trained on in-the-wild jailbreaks plus multilingual
 * phrases; scores windows of the normalised text and decoded payloads.
 */
export default defineScanner({
  id: 'jailbreak',
  directions: ['input'],
  kinds: ['jailbreak'],
  description: 'Jailbreak prompts: DAN-style personas, developer mode, role-play framings (trained detector)',
  options,
  create() {
    const { weights, run } = sharedDetector();
    const threshold = weights.threshold[2]!;
    return (t) => {
      const head = run(t).heads[2]!;
      const score = calibratedScore(head.score, threshold);
      if (score < MIN_REPORTED_SCORE) return [];
      const detail =
        head.via === 'text' ? 'jailbreak attempt' : `jailbreak attempt (hidden in ${head.via} payload)`;
      return [{ scanner: 'jailbreak', kind: 'jailbreak', score, start: head.start, end: head.end, detail }];
    };
  },
});
