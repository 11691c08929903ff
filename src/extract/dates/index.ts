// Date reading shared by the text cleaner and the HTML metadata extractor.
export { type DateTables, loadDateTables } from "./date-tables.ts";
export { type DatelineReading, type DatelineRole, isDatelineLine, readDateline } from "./dateline-line.ts";
export {
  type ParseDateOptions,
  type ParsedDate,
  type ParsedPrecision,
  parseDateText,
} from "./parse-date-text.ts";
