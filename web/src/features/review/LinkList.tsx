import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';

/** One linked item: a page of the app (`to`) or an outside address (`href`, opened in a new tab). */
export type LinkItem = { key: string; label: string } & ({ to: string } | { href: string });

/** A small list of links, or a dash when there is none. */
export function LinkList({ items }: { items: readonly LinkItem[] }) {
  if (!items.length) return <Text size="sm">–</Text>;
  return (
    <List size="sm">
      {items.map((item) => (
        <List.Item key={item.key}>
          {'to' in item ? (
            <Anchor component={Link} to={item.to}>
              {item.label}
            </Anchor>
          ) : (
            <Anchor href={item.href} rel="noopener noreferrer" target="_blank">
              {item.label}
            </Anchor>
          )}
        </List.Item>
      ))}
    </List>
  );
}
