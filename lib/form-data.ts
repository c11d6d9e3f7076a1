// A posted form as plain data for the zod step schemas: repeated names (ticked checkboxes, a
// multiple select) become lists, and `benefices[0].note` builds nested rows. Next's own fields
// ($ACTION_…) are left out. Values stay strings: the schemas' preprocessors read them.
export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;

// A name, or a row's field: `benefices[0].note`. Names start with a letter: no `__proto__`.
const PATH = /^([A-Za-z]\w*)(?:\[(\d{1,2})\]\.([A-Za-z]\w*))?$/;
const RESERVED = new Set(["constructor", "prototype", "hasOwnProperty", "toString", "valueOf"]);

function isReadable(name: string): boolean {
  const match = PATH.exec(name);
  return match !== null && !RESERVED.has(match[1]!) && !RESERVED.has(match[3] ?? "");
}

/** Flat name → value(s), as typed: what a refused form is re-rendered with. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (!isReadable(name)) continue;
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 500));
    if (all.length === 0) continue;
    values[name] = all.length === 1 ? all[0]! : all.slice(0, 50);
  }
  return values;
}

/** Flat names → the object the schema parses (`benefices[1].note` → benefices[1].note). */
export function toInput(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const match = PATH.exec(name);
    if (!match || !isReadable(name)) continue;
    const [, key, index, field] = match;
    if (index === undefined || field === undefined) {
      input[key!] = value;
      continue;
    }
    const list = Array.isArray(input[key!]) ? (input[key!] as Record<string, unknown>[]) : [];
    list[Number(index)] = { ...list[Number(index)], [field]: value };
    input[key!] = list;
  }
  // Rows numbered with gaps leave holes, which filter drops.
  for (const [key, value] of Object.entries(input)) if (Array.isArray(value) && typeof value[0] !== "string") input[key] = value.filter(() => true);
  return input;
}
