import { useTranslation } from 'react-i18next';
import { StatusChip, type StatusTone } from '../../components';
import { isRequestClosed, requestDueOf, type DataSubjectRequest, type RequestDueView } from '../../domain';
import { useUiDates } from '../../i18n/dates';

/** Art. 12(3): the due date of a request as the deadline module counts it; null when its dates contradict. */
export const safeRequestDue = (r: DataSubjectRequest, country: string, today: string): RequestDueView | null => {
  try {
    return requestDueOf(r, country, today);
  } catch {
    return null;
  }
};

/** An open request's colour: overdue, due within a week, or further off. */
export const dueTone = (daysLeft: number): StatusTone => (daysLeft < 0 ? 'bad' : daysLeft <= 7 ? 'warning' : 'neutral');

/** "Due 30 April 2026 · 12 days left" / "5 days overdue" / "Answered". */
export const RequestDueChip = ({
  request,
  country,
  today,
}: {
  request: DataSubjectRequest;
  country: string;
  today: string;
}) => {
  const { t } = useTranslation('requests');
  const fmt = useUiDates();
  const due = safeRequestDue(request, country, today);
  if (!due) return <StatusChip label={t('due.unreadable')} tone="warning" />;
  if (isRequestClosed(request))
    return <StatusChip label={t('due.answered', { date: fmt.date(due.due.end) })} tone="good" />;
  const left = due.daysLeft;
  return (
    <StatusChip
      label={left < 0 ? t('due.overdue', { count: -left }) : t('due.left', { count: left })}
      tone={dueTone(left)}
      title={t('due.on', { date: fmt.date(due.due.end) })}
    />
  );
};
