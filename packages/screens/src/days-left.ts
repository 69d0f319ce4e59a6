/** "3 dage tilbage", "1 dag tilbage", "i dag", "5 dage over fristen". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return "Fristen er i dag";
  const n = Math.abs(daysLeft);
  const days = n === 1 ? "1 dag" : `${n} dage`;
  return daysLeft > 0 ? `${days} tilbage` : `${days} over fristen`;
}
