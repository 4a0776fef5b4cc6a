// Reads delimited text: a block copied from Excel (tabs) or a CSV file (semicolons or commas), quotes per RFC 4180.

/** Cells that contain the delimiter, a line break or a quote come in double quotes, a quote doubled inside. */
export function parseTerpisah(text: string, pemisah: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let awalSel = true;
  while (i < text.length) {
    const c = text[i]!;
    if (awalSel && c === '"') {
      // Quoted cell: "" is a literal quote, the cell ends at the closing quote.
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          cell += text[i++];
        }
      }
      awalSel = false;
      continue;
    }
    if (c === pemisah) {
      row.push(cell);
      cell = '';
      awalSel = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      awalSel = true;
    } else {
      cell += c;
      awalSel = false;
    }
    i++;
  }
  // Excel ends the clipboard with a line break; anything after the last one is a final row.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A block as Excel or LibreOffice put it on the clipboard. */
export function parseTsv(text: string): string[][] {
  return parseTerpisah(text, '\t');
}

/** The other way: a block for the clipboard, quoting cells that hold a tab, a line break or a quote, as Excel does. */
export function keTsv(baris: readonly (readonly string[])[]): string {
  const sel = (teks: string) => (/[\t\r\n"]/.test(teks) ? `"${teks.replace(/"/g, '""')}"` : teks);
  return baris.map((b) => b.map(sel).join('\t')).join('\r\n') + '\r\n';
}
