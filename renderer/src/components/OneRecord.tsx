import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';

/**
 * A record's page, mounted afresh for each record: going from one record's address to another's
 * (a sub-processor's link, the address bar) never shows the previous record's fields, usages or
 * unsaved editor state under the new address while the new record is read.
 */
export const OneRecord = ({ children }: { children: ReactNode }) => {
  const { id } = useParams();
  return <Fragment key={id}>{children}</Fragment>;
};
