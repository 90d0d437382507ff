/** How long credentials have left in simulated time, in words: "expires in 59 min 30 s", "expired 2 min ago". Pure. */
export function timeLeft(expiration: number, now: number): { expired: boolean; words: string } {
  const ms = expiration - now;
  if (ms <= 0) return { expired: true, words: `expired ${duration(-ms)} ago` };
  return { expired: false, words: `expires in ${duration(ms)}` };
}

function duration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', s || (!h && !m) ? `${s} s` : ''].filter(Boolean);
  return parts.join(' ');
}
