import { useTranslation } from 'react-i18next';
import { StatusChip, type StatusTone } from '../../components';
import { breachClockOf, type Breach, type BreachClockState } from '../../domain';
import { useUiDates } from '../../i18n/dates';

const TONE: Record<BreachClockState, StatusTone> = {
  running: 'warning',
  overdue: 'bad',
  notifiedInTime: 'good',
  notifiedLate: 'bad',
};

/** "41 h 20 min" from a number of minutes (never negative: the words say left or late). */
const duration = (minutes: number): { hours: number; minutes: number } => {
  const m = Math.abs(minutes);
  return { hours: Math.floor(m / 60), minutes: m % 60 };
};

/** What the clock is read from. */
type ClockedBreach = Pick<Breach, 'awareAt' | 'timeZone' | 'notifications' | 'notifyDecision'>;

/** The wording of the 72-hour clock of Art. 33(1) for one breach at `now`; null when it cannot be read. */
export const useBreachClockText = (breach: ClockedBreach, now: string) => {
  const { t } = useTranslation('breaches');
  let view;
  try {
    view = breachClockOf(breach, now);
  } catch {
    return null;
  }
  const { state, minutesLeft } = view.clock;
  // A breach decided not to be notified has no clock running against it (its reasons are a check).
  const notNotifying = breach.notifyDecision === 'do_not_notify' && (state === 'running' || state === 'overdue');
  return {
    label: notNotifying ? t('clock.notNotifying') : t(`clock.${state}`, duration(minutesLeft)),
    tone: notNotifying ? 'neutral' : TONE[state],
    deadlineLocal: view.deadline.deadlineLocal,
    state,
  };
};

export const BreachClockChip = ({ breach, now }: { breach: ClockedBreach; now: string }) => {
  const { t } = useTranslation('breaches');
  const fmt = useUiDates();
  const text = useBreachClockText(breach, now);
  if (!text) return null;
  return (
    <StatusChip
      label={text.label}
      tone={text.tone}
      title={t('clock.deadline', { deadline: fmt.localDateTime(text.deadlineLocal) })}
    />
  );
};
