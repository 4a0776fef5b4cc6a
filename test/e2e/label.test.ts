// Every control a user can reach names itself (issue 12): each visible input, select, textarea and button on every
// page, and on every tab of the meeting editor and of Renstra & RPJMD, has an accessible name. AG Grid's own inputs
// (header, filters, cell editors, popups) are AG Grid's business and are left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

const HALAMAN = [
  'beranda',
  'perencanaan',
  'renstra',
  'realisasi',
  'pemantauan',
  'kontrak',
  'rapat',
  'tindak-lanjut',
  'risiko',
  'laporan',
  'opd',
  'penandatangan',
  'pengaturan',
  'cadangan',
  'riwayat',
  'tentang',
];

describe('Accessible names in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
  });
  afterAll(() => e.close());

  /** The controls in view that have no accessible name, as "<where>: <outerHTML prefix>". */
  async function tanpaNama(tempat: string): Promise<string[]> {
    // Let lazy pages and their first data load settle.
    await e.page.waitForLoadState('networkidle');
    await e.page.waitForTimeout(300);
    const daftar = await e.page.evaluate(() => {
      const teks = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const nama = (el: HTMLElement): string => {
        const label = el.getAttribute('aria-label')?.trim();
        if (label) return label;
        const oleh = el.getAttribute('aria-labelledby');
        if (oleh) {
          const s = oleh
            .split(/\s+/)
            .map((id) => teks(document.getElementById(id)))
            .join(' ')
            .trim();
          if (s) return s;
        }
        const labels = (el as HTMLInputElement).labels;
        if (labels) {
          const s = [...labels].map((l) => teks(l)).join(' ');
          if (s.trim()) return s.trim();
        }
        if (el instanceof HTMLButtonElement) {
          const s = teks(el);
          if (s) return s;
        }
        if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && el.value.trim())
          return el.value.trim();
        return el.getAttribute('title')?.trim() ?? '';
      };
      const hasil: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button')) {
        if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
        // AG Grid's own controls; our renderers inside a grid cell are still ours.
        if (el.closest('.ag-popup')) continue;
        if (el.closest('.ag-root') && !el.closest('.ag-cell')) continue;
        if ([...el.classList].some((c) => c.startsWith('ag-'))) continue;
        const n = nama(el);
        if (!n) hasil.push(el.outerHTML.slice(0, 160));
        // A filter over OPD says so, not just "OPD".
        else if (el instanceof HTMLSelectElement && el.options[0]?.text === 'Semua OPD' && n !== 'Saring menurut OPD')
          hasil.push(`"${n}" (harus "Saring menurut OPD"): ${el.outerHTML.slice(0, 120)}`);
      }
      return hasil;
    });
    return daftar.map((h) => `${tempat}: ${h}`);
  }

  /** The page as it opens, then each of its tabs. */
  async function periksaDenganTab(tempat: string): Promise<string[]> {
    const hasil = await tanpaNama(tempat);
    const tab = e.page.getByRole('tab');
    const jumlah = await tab.count();
    for (let i = 0; i < jumlah; i++) {
      const t = tab.nth(i);
      if (await t.isDisabled()) continue;
      const nama = (await t.textContent())?.trim() ?? String(i);
      await t.click();
      hasil.push(...(await tanpaNama(`${tempat} › ${nama}`)));
    }
    return hasil;
  }

  const periksa = (gagal: string[]) => expect(gagal, gagal.join('\n')).toEqual([]);

  it('names every control on every page and each of its tabs', async () => {
    const gagal: string[] = [];
    for (const halaman of HALAMAN) {
      await e.buka(halaman);
      gagal.push(...(await periksaDenganTab(halaman)));
    }
    periksa(gagal);
  }, 120_000);

  it('names every control on each tab of the meeting editor opened from the Rapat list', async () => {
    await e.buka('rapat');
    await e.page.locator('.ag-row .ag-cell').first().dblclick();
    await e.page.getByRole('tab').first().waitFor();
    periksa(await periksaDenganTab('rapat (editor)'));
  }, 60_000);

  it('names every control of a Renja and a Realisasi sheet of an OPD', async () => {
    const opdId = (await e.backend.call('opd.daftar', {}))[0]!.id;
    const tahun = (await e.backend.call('pengaturan.ambil', {})).tahunAnggaran;
    const gagal: string[] = [];
    await e.buka(`realisasi?opd=${opdId}&tahun=${tahun}&bulan=6`);
    await e.page.locator('.ag-row').first().waitFor();
    gagal.push(...(await tanpaNama('realisasi (lembar)')));
    await e.buka(`perencanaan?opd=${opdId}&tahun=${tahun}`);
    await e.page.locator('.ag-row').first().waitFor();
    gagal.push(...(await tanpaNama('perencanaan (Renja)')));
    await e.page.getByRole('button', { name: 'Tambah program' }).click();
    await e.page.getByRole('dialog').waitFor();
    gagal.push(...(await tanpaNama('perencanaan › Tambah program')));
    periksa(gagal);
  }, 60_000);

  it('names every control of the contract form', async () => {
    await e.buka('kontrak');
    await e.page.getByRole('button', { name: 'Tambah kontrak' }).click();
    await e.page.getByRole('form', { name: 'Kontrak' }).waitFor();
    periksa(await tanpaNama('kontrak › Tambah kontrak'));
  });

  it('the check itself finds a control named only by its placeholder, and a bare OPD filter', async () => {
    await e.buka('riwayat');
    await e.page.evaluate(() => {
      const kotak = document.createElement('div');
      kotak.id = 'uji-label';
      kotak.innerHTML =
        '<input placeholder="Cari rapat…"><button type="button"><svg></svg></button>' +
        '<select aria-label="OPD"><option>Semua OPD</option></select>';
      document.querySelector('main')!.append(kotak);
    });
    const gagal = await tanpaNama('riwayat');
    await e.page.evaluate(() => document.getElementById('uji-label')!.remove());
    expect(gagal).toHaveLength(3);
    expect(gagal[0]).toMatch(/^riwayat: <input placeholder="Cari rapat…">/);
    expect(gagal[1]).toMatch(/^riwayat: <button type="button"><svg>/);
    expect(gagal[2]).toMatch(/^riwayat: "OPD" \(harus "Saring menurut OPD"\)/);
  });
});
