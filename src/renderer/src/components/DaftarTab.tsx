// The row of tabs above a page's parts (the meeting editor, Renstra & RPJMD).

/** `tertutup` answers why a tab cannot be opened yet (shown as its tooltip), or undefined when it can. */
export function DaftarTab<K extends string>({
  tab,
  aktif,
  pilih,
  tertutup,
}: {
  tab: readonly (readonly [K, string])[];
  aktif: K;
  pilih: (kunci: K) => void;
  tertutup?: (kunci: K) => string | undefined;
}) {
  return (
    <div className="rapat-tab" role="tablist">
      {tab.map(([kunci, label]) => {
        const alasan = tertutup?.(kunci);
        return (
          <button
            key={kunci}
            type="button"
            role="tab"
            aria-selected={aktif === kunci}
            className={aktif === kunci ? 'aktif' : undefined}
            disabled={alasan !== undefined}
            title={alasan}
            onClick={() => pilih(kunci)}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
