/**
 * Which section of the options page the reader is in, for the navigation's aria-current: the last
 * heading that has reached the top of the window (where a link of the navigation puts it), else the first.
 */
import { useEffect, useState } from 'preact/hooks';

/** How near the window's top a heading must be, px (the page's scroll-padding-top is 16). */
const TOP = 80;

export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(ids[0]);
  useEffect(() => {
    const update = () => {
      let found = ids[0];
      for (const id of ids) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= TOP) found = id;
      }
      // Scrolled to the very bottom, the last sections may never reach the line: the last one is where the reader is.
      if (scrollY > 0 && innerHeight + scrollY >= document.documentElement.scrollHeight - 2) found = ids[ids.length - 1];
      setCurrent(found);
    };
    update();
    addEventListener('scroll', update, { passive: true });
    addEventListener('resize', update, { passive: true });
    return () => {
      removeEventListener('scroll', update);
      removeEventListener('resize', update);
    };
  }, [ids.join()]);
  return current;
}
