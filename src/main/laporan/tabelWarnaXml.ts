// docx/tabelWarna.ts's table written straight as WordprocessingML, the same bytes docx writes for it
// (test/service/laporan-tabel-warna-xml.test.ts compares the two on every kind of cell). A regency's recap tables in
// Lampiran I run to hundreds of rows, and docx's object model spent a tenth of the report building and serialising
// them; the report puts this XML where a marker stands (sisip.ts), as it does the E.81 tables.
import {
  tataLetakWarna,
  MARGIN_SEL_WARNA,
  MARGIN_TEGAK_WARNA,
  type OpsiTabelWarna,
  type SelWarna,
} from '../docx/tabelWarna';

// docx escapes text as the xml package did: quotes too, and it drops the C0 controls XML forbids (paragrafXml.ts too).
const ENTITAS: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const esc = (s: string) => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ENTITAS[c] ?? '');

const GARIS = 'w:val="single" w:color="000000" w:sz="4"';
const JC = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;
const MARGIN =
  `<w:tcMar><w:top w:type="dxa" w:w="${MARGIN_TEGAK_WARNA}"/><w:left w:type="dxa" w:w="${MARGIN_SEL_WARNA}"/>` +
  `<w:bottom w:type="dxa" w:w="${MARGIN_TEGAK_WARNA}"/><w:right w:type="dxa" w:w="${MARGIN_SEL_WARNA}"/></w:tcMar>`;

const tebal = (b: boolean | undefined) =>
  b === undefined ? '' : b ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';

function sel(s: SelWarna, lebar: number, rata: keyof typeof JC, ukuranHuruf: number): string {
  const rPr =
    `<w:rPr>${tebal(s.tebal)}${s.putih ? '<w:color w:val="FFFFFF"/>' : ''}` +
    `<w:sz w:val="${ukuranHuruf}"/><w:szCs w:val="${ukuranHuruf}"/></w:rPr>`;
  // The paragraph mark in the cell's size, as tabelWarna sets it.
  const tandaParagraf = `<w:rPr><w:sz w:val="${ukuranHuruf}"/><w:szCs w:val="${ukuranHuruf}"/></w:rPr>`;
  let runs = '';
  const baris = s.teks.split('\n');
  for (let i = 0; i < baris.length; i++) {
    runs += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(baris[i]!)}</w:t></w:r>`;
  }
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${lebar}"/>` +
    (s.span !== undefined ? `<w:gridSpan w:val="${s.span}"/>` : '') +
    (s.isi ? `<w:shd w:fill="${esc(s.isi)}" w:color="auto" w:val="clear"/>` : '') +
    `${MARGIN}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="${JC[rata]}"/>${tandaParagraf}</w:pPr>${runs}</w:p></w:tc>`
  );
}

/** The XML of `tabelWarna(opsi)`. */
export function xmlTabelWarna(opsi: OpsiTabelWarna): string {
  const { kolom, baris } = opsi;
  const { lebar: lebarKolom, ukuran: ukuranHuruf } = tataLetakWarna(opsi);
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${lebarKolom.reduce((a, b) => a + b, 0)}"/><w:tblBorders>` +
    `<w:top ${GARIS}/><w:left ${GARIS}/><w:bottom ${GARIS}/><w:right ${GARIS}/><w:insideH ${GARIS}/>` +
    `<w:insideV ${GARIS}/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>` +
    lebarKolom.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
    kolom
      .map((k, i) => sel({ teks: k.judul, tebal: true, isi: 'E7E6E6' }, lebarKolom[i]!, 'tengah', ukuranHuruf))
      .join('') +
    '</w:tr>';
  for (const b of baris) {
    // docx leaves out a row without cells (Word would refuse it).
    if (b.length === 0) continue;
    xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    let i = 0;
    for (const c of b) {
      const s = typeof c === 'string' ? { teks: c } : c;
      const span = s.span ?? 1;
      let w = 0;
      for (let j = i; j < i + span && j < lebarKolom.length; j++) w += lebarKolom[j]!;
      xml += sel(s, w, kolom[i]?.rata ?? 'kiri', ukuranHuruf);
      i += span;
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
