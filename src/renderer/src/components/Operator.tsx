// Asks who is working before anything is saved, so every change records its author; no passwords.
import { useState, type FormEvent } from 'react';
import { api, pesanGalat } from '../api/client';
import { useNotifikasi } from './Notifikasi';
import { useStatusSistem } from './useStatusSistem';
import { useAkun } from './Akun';

export function Operator() {
  // Shared with Beranda: the question appears the moment the first-start choice is made, on the same page.
  const [status, muatUlang] = useStatusSistem();
  const [nama, setNama] = useState('');
  const [ganti, setGanti] = useState(false);
  const { tampilkan } = useNotifikasi();
  // In network mode the account is the name every change records; it is not typed.
  const akun = useAkun();

  if (!status || status.perluMemilihAwal) return null;

  const simpan = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('sistem.aturOperator', { nama });
      setGanti(false);
      muatUlang();
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  if (status.operator && !ganti) {
    return (
      <div className="operator">
        <span className="operator-label">Operator: </span>
        <strong data-testid="operator" title={`Operator: ${status.operator}`}>
          {status.operator}
        </strong>{' '}
        {!akun && (
          <button type="button" className="tautan operator-label" onClick={() => setGanti(true)}>
            ganti
          </button>
        )}
      </div>
    );
  }

  return (
    <div className="lapisan" role="dialog" aria-modal="true" aria-labelledby="judul-operator">
      <form className="dialog" onSubmit={(e) => void simpan(e)}>
        <h2 id="judul-operator">Siapa yang bekerja hari ini?</h2>
        <p className="keterangan">Nama ini dicatat pada setiap perubahan data.</p>
        <input
          list="operator-terakhir"
          value={nama}
          onChange={(e) => setNama(e.target.value)}
          placeholder="Nama operator"
          aria-label="Nama operator"
          autoFocus
        />
        <datalist id="operator-terakhir">
          {status.operatorTerakhir.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <div className="dialog-aksi">
          {status.operatorTerakhir.slice(0, 3).map((n) => (
            <button key={n} type="button" onClick={() => setNama(n)}>
              {n}
            </button>
          ))}
          <button type="submit" className="utama">
            Mulai
          </button>
        </div>
      </form>
    </div>
  );
}
