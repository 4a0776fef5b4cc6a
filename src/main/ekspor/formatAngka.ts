// Number formats of every .xlsx Sinergi writes (grid exports, Formulir OPD, import templates). Explicit codes, not
// Excel's built-in ids 2 and 3: LibreOffice maps those to its own locale formats and, under id-ID, showed 63,22 as
// "063" and a pagu as "249200000,000". A code is stored the same way whatever the locale; Excel and LibreOffice then
// show "," and "." the reader's way (1.234.567 in id-ID, 1,234,567 in en-US).
export const FORMAT_XLSX = {
  /** Rupiah with thousands grouping and the two decimals every Indonesian table shows (1.234.567,00). */
  uang: '#,##0.00;-#,##0.00;0.00',
  /** A percentage written as 0-100 (not a fraction), two decimals. */
  persen: '0.00;-0.00;0.00',
  /** Counts and indicator values: General shows 1200 and 12,5 as typed, never "1.200," or a grouped count. */
  angka: 'General',
} as const;
