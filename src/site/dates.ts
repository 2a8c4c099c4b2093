const long = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A YYYY-MM-DD date as a reader writes it: "27 September 2024". */
export function longDate(date: string): string {
  return long.format(new Date(`${date}T00:00:00Z`));
}
