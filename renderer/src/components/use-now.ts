import { useEffect, useState } from 'react';

/** The current time as an ISO instant, refreshed every `everyMs` (clocks and "days left" stay true on screen). */
export const useNow = (everyMs = 60_000): string => {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
};
