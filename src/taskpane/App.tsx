import { Body1, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  /** Whether the pane runs inside Excel (Office.onReady reported the Excel host). */
  inExcel: boolean;
}

/** The task pane. Its panels (Periksa, Ringkasan, Rumus) are built on this shell. */
export function App({ inExcel }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">SAKIP Excel</Title3>
      <Body1>
        Rumus capaian, kategori dan IKM sesuai regulasi untuk Perjanjian Kinerja, Rencana Aksi, PPS, PKPK dan LKjIP.
      </Body1>
      <Caption1>
        {inExcel
          ? "Ketik =SAKIP.CAPAIAN( di sel mana pun untuk mulai memakai rumus SAKIP."
          : "Halaman ini dibuka di luar Excel. Pasang add-in melalui manifest.xml agar rumus dan pemeriksaan tersedia di Excel."}
      </Caption1>
    </main>
  );
}
