const long = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A YYYY-MM-DD date as a reader writes it: "27 September 2024". */
export function longDate(date: string): string {
  return long.format(new Date(`${date}T00:00:00Z`));
}

/** A filing's form and date in a sentence ("Form 6-K of 2024-09-27"); an excerpt's original may give no date. */
export function formAndDate({ form, filed }: { form: string; filed?: string | undefined }): string {
  return filed ? `Form ${form} of ${filed}` : `Form ${form}`;
}
