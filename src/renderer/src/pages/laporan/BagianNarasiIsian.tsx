// One editable section of the report's narrative: saved when the user leaves the field, resettable to the data's text.
import type { NarasiBagian } from '../../../../shared/api/laporan';
import { formatTanggal } from '../../../../shared/format';

export function BagianNarasiIsian({
  bagian,
  teks,
  ubah,
  simpan,
}: {
  bagian: NarasiBagian;
  teks: string;
  ubah: (teks: string) => void;
  simpan: (teks: string) => Promise<void>;
}) {
  const baris = Math.min(16, Math.max(3, Math.ceil(teks.length / 110) + teks.split('\n').length));
  return (
    <div className="laporan-bagian">
      <label htmlFor={`narasi-${bagian.bagian}`}>{bagian.judul}</label>
      <textarea
        id={`narasi-${bagian.bagian}`}
        rows={baris}
        value={teks}
        onChange={(e) => ubah(e.target.value)}
        onBlur={() => {
          if (teks !== bagian.teks) void simpan(teks);
        }}
      />
      <div className="laporan-bagian-status">
        {bagian.diubah ? (
          <>
            <span>
              Diubah{bagian.diubahOleh ? ` oleh ${bagian.diubahOleh}` : ''}
              {bagian.diubahPada ? ` pada ${formatTanggal(new Date(bagian.diubahPada))}` : ''}
            </span>
            <button type="button" className="tautan" onClick={() => void simpan('')}>
              Kembalikan ke teks dari data
            </button>
          </>
        ) : (
          <span>Teks disusun dari data</span>
        )}
      </div>
    </div>
  );
}
