// "Now" is injected so deadline rules and their tests never read the machine's date.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(date: Date): Clock {
  const time = date.getTime();
  // A fresh Date each call: a caller mutating the result cannot move the clock.
  return { now: () => new Date(time) };
}
