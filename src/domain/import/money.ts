/** Money is added up in whole cents so that 0.1 + 0.2 style float errors never unbalance a claim. */
export function cents(dollars: number): number {
  return Math.round(dollars * 100);
}

export function dollars(cents: number): number {
  return cents / 100;
}

/** Sum of dollar amounts, exact to the cent. */
export function sumDollars(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += cents(v);
  return dollars(total);
}

export function sameCents(a: number, b: number): boolean {
  return cents(a) === cents(b);
}

/** "$1,234.50" / "-$12.00" for messages. */
export function formatMoney(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const [whole = "0", fraction = "00"] = Math.abs(amount).toFixed(2).split(".");
  return `${sign}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}
