// o200k token counts of tools/list entries, as a model would be charged for them.
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';

const enc = new Tiktoken(o200k);
export const tokens = (value: unknown) => enc.encode(typeof value === 'string' ? value : JSON.stringify(value)).length;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
