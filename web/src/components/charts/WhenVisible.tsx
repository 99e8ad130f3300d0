import { Skeleton } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';

interface Props {
  /** The placeholder's height until the content is drawn. */
  height: number;
  children: ReactNode;
}

/** How far below the window a placeholder starts loading: about half a screen of scrolling. */
const AHEAD = '400px';

/**
 * Renders its children once they come near the window (IntersectionObserver), a placeholder of
 * the same height until then: a chart far down a page loads its code and data only when the
 * reader scrolls towards it, not with the page.
 */
export function WhenVisible({ height, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (near) return <>{children}</>;
  return (
    <div ref={ref}>
      <Skeleton height={height} />
    </div>
  );
}
