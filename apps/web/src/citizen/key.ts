export function citizenKey(citizenId: string) {
  return ["citizen.get", citizenId] as const;
}
