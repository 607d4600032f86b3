import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../session/current-organisation';
import type { RecordMeta } from '../domain';
import { contentOf } from './form';
import { useFocusFieldFromQuery } from './form/focus-field';
import { useLiveRecord } from './live';
import { RecordNotFound } from './NotFound';
import { useNotify } from './notifications';
import { PageHeader } from './PageHeader';

/** What a resource's form needs from the page around it. */
export interface ResourceFormBinding<TInput, TSaved> {
  defaultValues: TInput;
  save(values: TInput): Promise<TSaved>;
  onSaved(saved: TSaved): void;
  onCancel(): void;
}

/** The repository calls the create and edit pages make. */
export interface EditableRepository<TRecord, TInput> {
  get(id: string): Promise<TRecord | undefined>;
  list(organisationId?: string): Promise<TRecord[]>;
  create(input: TInput, organisationId?: string): Promise<TRecord>;
  update(id: string, input: TInput, expectedRevision?: number): Promise<TRecord>;
}

export interface ResourceEditPagesConfig<TRecord extends RecordMeta, TInput> {
  /** i18n namespace with `list.title`, `create.title` and `edit.title` ({{name}}). */
  namespace: string;
  /** Route of the resource ("/breaches"). */
  basePath: string;
  repo(): EditableRepository<TRecord, TInput>;
  /** The record's name in titles, breadcrumbs and the "saved" notice. */
  nameOf(record: TRecord): string;
  blank(): TInput;
  renderForm(binding: ResourceFormBinding<TInput, TRecord>): ReactNode;
}

/**
 * The create and edit pages of a resource: heading and breadcrumbs, the form, the "saved" notice,
 * back to the record once saved, `?field=` deep links, and the revision the editor was opened at
 * (so a concurrent edit is refused, not overwritten). Every resource reads the same way.
 */
export const makeResourceEditPages = <TRecord extends RecordMeta, TInput>(
  config: ResourceEditPagesConfig<TRecord, TInput>,
) => {
  const { namespace, basePath, repo, nameOf, blank, renderForm } = config;
  const useSaved = () => {
    const { t } = useTranslation(namespace);
    const navigate = useNavigate();
    const notify = useNotify();
    return (saved: TRecord) => {
      notify({ severity: 'success', message: t('common:notices.saved', { name: nameOf(saved) }) });
      void navigate(`${basePath}/${saved.id}`);
    };
  };

  const Create = () => {
    const { t } = useTranslation(namespace);
    const navigate = useNavigate();
    const { current } = useCurrentOrganisation();
    const onSaved = useSaved();
    const [defaultValues] = useState(blank);
    return (
      <>
        <PageHeader title={t('create.title')} breadcrumbs={[{ label: t('list.title'), to: basePath }]} />
        {renderForm({
          defaultValues,
          save: (v) => repo().create(v, current?.id),
          onSaved,
          onCancel: () => void navigate(basePath),
        })}
      </>
    );
  };

  const Edit = () => {
    const { t } = useTranslation(namespace);
    const { id } = useParams();
    const navigate = useNavigate();
    const onSaved = useSaved();
    const record = useLiveRecord(repo(), id);
    useFocusFieldFromQuery(Boolean(record));
    const [openedRevision, setOpenedRevision] = useState<number | undefined>();
    if (record === undefined) return null;
    if (record === null) return <RecordNotFound backTo={basePath} />;
    if (openedRevision === undefined) setOpenedRevision(record.revision);
    const name = nameOf(record);
    return (
      <>
        <PageHeader
          title={t('edit.title', { name })}
          breadcrumbs={[
            { label: t('list.title'), to: basePath },
            { label: name, to: `${basePath}/${record.id}` },
          ]}
        />
        {renderForm({
          defaultValues: contentOf(record) as TInput,
          save: (v) => repo().update(record.id, v, openedRevision ?? record.revision),
          onSaved,
          onCancel: () => void navigate(`${basePath}/${record.id}`),
        })}
      </>
    );
  };

  return { Create, Edit };
};
