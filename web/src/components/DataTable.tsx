import { ScrollArea, Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  caption: string;
  header: ReactNode[];
  rows: ReactNode[][];
  /** Columns holding numbers, aligned right. */
  numeric?: number[];
}

/** A plain, captioned data table (the table view of a chart, or a list). */
export function DataTable({ caption, header, rows, numeric = [] }: Props) {
  const align = (i: number): 'right' | 'left' => (numeric.includes(i) ? 'right' : 'left');
  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover withTableBorder captionSide="top" miw={640}>
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header.map((h, i) => (
              <Table.Th key={i} style={{ textAlign: align(i) }} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <Table.Th key={i} scope="row" style={{ fontWeight: 'normal', textAlign: align(i) }}>
                    {cell}
                  </Table.Th>
                ) : (
                  <Table.Td key={i} style={{ textAlign: align(i) }}>
                    {cell}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
