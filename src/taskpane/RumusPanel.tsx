/** "Rumus": every custom function with an example; a button writes the example into the selected cell. */
import { Body1, Button, Caption1, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formulaOf, RUMUS, shownFormulaOf } from "./rumus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface RumusPanelProps {
  onInsert: (formula: string) => void;
  canInsert: boolean;
  /** Where the last formula went, or why it could not be written. */
  notice?: string | null;
}

export function RumusPanel({ onInsert, canInsert, notice = null }: RumusPanelProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1>Semua rumus berada di ruang nama SAKIP. Di Excel berbahasa Indonesia, pemisah argumen adalah titik koma (;).</Body1>
      {!canInsert && <Caption1>Tombol "Sisipkan" aktif bila panel dibuka di Excel.</Caption1>}
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {RUMUS.map((r) => (
        <Card key={r.name} size="small" aria-label={`SAKIP.${r.name}`}>
          <CardHeader
            header={
              <Text as="h2" weight="semibold" style={{ margin: 0, fontSize: "inherit" }}>
                SAKIP.{r.name}
              </Text>
            }
            description={<Caption1>{r.explanation}</Caption1>}
          />
          <Text font="monospace">{shownFormulaOf(r)}</Text>
          <Caption1>Hasil: {r.result}</Caption1>
          <div>
            <Button size="small" disabled={!canInsert} onClick={() => onInsert(formulaOf(r))}>
              Sisipkan ke sel terpilih
            </Button>
          </div>
        </Card>
      ))}
    </div>
  );
}
