import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ComponentType, type ReactNode } from 'react';
import { useForm, type Control, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { useCurrentOrganisation } from '../../session/current-organisation';
import {
  PageHeader,
  RecordNotFound,
  UsagePanel,
  useActivitiesUsing,
  useLiveRecord,
  useNotify,
  type ActivityLinkField,
  type RemovableRepository,
} from '../../components';
import { contentOf, FormActions, useSaveRecord } from '../../components/form';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import type { EntityTable, RecordMeta } from '../../domain';
import type { ResourceCatalogue } from '../../domain/catalogue';
import { RecordActions } from '../history';
import { TranslationHintsProvider } from '../translations';
import { CatalogueCards } from './catalogue-cards';
import { catalogueLayout } from './show-layout';

/** The repository calls the generic pages make. */
export interface ResourceRepository<TRecord, TContent> extends RemovableRepository {
  get(id: string): Promise<TRecord | undefined>;
  list(organisationId?: string): Promise<TRecord[]>;
  create(input: TContent, organisationId?: string): Promise<TRecord>;
  update(id: string, input: TContent, expectedRevision?: number): Promise<TRecord>;
}

/** What a resource's fields receive: the form (for `watch`, `setValue`) and its control. */
export interface ResourceFieldsProps<TInput extends FieldValues, TContent> {
  form: UseFormReturn<TInput, unknown, TContent>;
  control: Control<TInput, unknown, TContent>;
}

/**
 * Everything that is a resource's own; the pages around it (loading, not found, headings, the
 * "saved" notice, the unsaved-changes guard, the revision the editor was opened at) are the same
 * for all. `TContent extends DefaultValues<TInput>` says a stored record can be edited as it is.
 */
export interface ResourceDefinition<
  TRecord extends RecordMeta,
  TInput extends FieldValues,
  TContent extends DefaultValues<TInput>,
> {
  catalogue: ResourceCatalogue & { table: EntityTable };
  /** The content schema: validates the form and turns a stored record back into editable content. */
  schema: z.ZodType<TContent, TInput>;
  repo(): ResourceRepository<TRecord, TContent>;
  /** The record's name in titles, breadcrumbs and the "saved" notice. */
  nameOf(record: TRecord): string;
  /** A new record: the schema's defaults and the answers the form starts from (see `blankOf`). */
  blank(): DefaultValues<TInput>;
  /** The form's inputs, in sections. */
  Fields: ComponentType<ResourceFieldsProps<TInput, TContent>>;
  /** The list screen. */
  List: ComponentType;
  create?: {
    /** Reads the create route (e.g. `?parent=`): the blank record, the heading and where Cancel goes. */
    useSetup?(): CreateSetup<TInput>;
    /** Runs after a record is created (a new organisation becomes the current one). */
    useOnCreated?(): (record: TRecord) => void;
  };
  show?: {
    /**
     * What the page says beyond the record's name (chips beside it, its own actions) and its body: a
     * hook, so that it may read other records, once for both.
     */
    usePage?(record: TRecord): ShowPageParts;
    /** Activities link here through this field: listed under the record, and named before a delete. */
    usedThrough?: ActivityLinkField;
    /** The words for an address whose record does not exist (an i18n key of the namespace). */
    notFound?: string;
  };
}

/** What a show page needs of a resource: the record's pages beyond it (edit, list) follow from the catalogue. */
export type ShowDefinition<TRecord extends RecordMeta> = Pick<
  ResourceDefinition<TRecord, FieldValues, DefaultValues<FieldValues>>,
  'catalogue' | 'nameOf' | 'show'
> & { repo(): Pick<ResourceRepository<TRecord, unknown>, 'get' | 'list' | 'remove' | 'restore'> };

interface ShowPageParts {
  /** The page's title, when it is not the record's name. */
  title?: string;
  /** The record's name in its actions (the delete dialog, the history), when it is not `nameOf`. */
  name?: string;
  subtitle?: string | undefined;
  /** Records above this one, between the list and the title (a sub-processor's chain). */
  trail?: { label: string; to: string }[];
  badges?: ReactNode;
  /** Actions of this kind of record, between Edit and History. */
  actions?: ReactNode;
  onDeleted?(): void;
  /** The page's body; by default one card of every catalogue field. */
  body?: ReactNode;
}

interface CreateSetup<TInput extends FieldValues> {
  /** Still reading what the blank record depends on: nothing is shown yet. */
  loading?: boolean;
  blank?: DefaultValues<TInput>;
  title?: string;
  subtitle?: string;
  cancelTo?: string;
}

interface FormBinding<TInput extends FieldValues, TContent, TRecord> {
  defaultValues: DefaultValues<TInput>;
  /** The stored record being edited (none when creating): its other languages show under its fields. */
  record?: TRecord;
  save(values: TContent): Promise<TRecord>;
  onSaved(saved: TRecord): void;
  onCancel(): void;
}

/**
 * The create, edit and show pages of a resource. Every resource reads the same way: heading and
 * breadcrumbs, the form with Save/Cancel (Ctrl+S, Esc, and a question before anything unsaved is
 * lost), the "saved" notice, back to the record once saved, `?field=` deep links, and the
 * revision the editor was opened at (a concurrent edit is refused, not overwritten).
 */
export const defineResource = <
  TRecord extends RecordMeta,
  TInput extends FieldValues,
  TContent extends DefaultValues<TInput>,
>(
  def: ResourceDefinition<TRecord, TInput, TContent>,
) => {
  const { catalogue, schema, repo, nameOf, Fields } = def;
  const { namespace, basePath } = catalogue;

  const ResourceForm = ({ defaultValues, record, save, onSaved, onCancel }: FormBinding<TInput, TContent, TRecord>) => {
    const { t } = useTranslation(namespace);
    const form = useForm<TInput, unknown, TContent>({
      resolver: zodResolver(schema),
      defaultValues,
      mode: 'onTouched',
    });
    const saver = useSaveRecord(form, { save, onSaved });
    return (
      <form onSubmit={saver.submit} noValidate aria-label={t('form.label')}>
        <TranslationHintsProvider table={catalogue.table} record={record} form={form}>
          <Fields form={form} control={form.control} />
        </TranslationHintsProvider>
        <FormActions saver={saver} dirty={form.formState.isDirty} onCancel={onCancel} />
      </form>
    );
  };

  const useSaved = () => {
    const { t } = useTranslation(namespace);
    const navigate = useNavigate();
    const notify = useNotify();
    return (saved: TRecord) => {
      notify({ severity: 'success', message: t('common:notices.saved', { name: nameOf(saved) }) });
      void navigate(`${basePath}/${saved.id}`);
    };
  };

  const noSetup = (): CreateSetup<TInput> => ({});
  const noHook = () => () => {};
  /** Mounted once the setup is known: its first state is the blank record. */
  const CreateForm = ({ setup }: { setup: CreateSetup<TInput> }) => {
    const { t } = useTranslation(namespace);
    const navigate = useNavigate();
    const { current } = useCurrentOrganisation();
    const onSaved = useSaved();
    const onCreated = (def.create?.useOnCreated ?? noHook)();
    const [defaultValues] = useState(() => setup.blank ?? def.blank());
    return (
      <>
        <PageHeader
          title={setup.title ?? t('create.title')}
          subtitle={setup.subtitle}
          breadcrumbs={[{ label: t('list.title'), to: basePath }]}
        />
        <ResourceForm
          defaultValues={defaultValues}
          save={(v) => repo().create(v, current?.id)}
          onSaved={(saved) => {
            onCreated(saved);
            onSaved(saved);
          }}
          onCancel={() => void navigate(setup.cancelTo ?? basePath)}
        />
      </>
    );
  };

  const Create = () => {
    const setup = (def.create?.useSetup ?? noSetup)();
    if (setup.loading) return null;
    return <CreateForm setup={setup} />;
  };

  /** Mounted once the record is there: its first state is the revision and content it was opened at. */
  const Editor = ({ record }: { record: TRecord }) => {
    const { t } = useTranslation(namespace);
    const navigate = useNavigate();
    const onSaved = useSaved();
    const [openedRevision] = useState(record.revision);
    const [defaultValues] = useState<DefaultValues<TInput>>(() => schema.parse(contentOf(record)));
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
        <ResourceForm
          defaultValues={defaultValues}
          record={record}
          save={(v) => repo().update(record.id, v, openedRevision)}
          onSaved={onSaved}
          onCancel={() => void navigate(`${basePath}/${record.id}`)}
        />
      </>
    );
  };

  const Edit = () => {
    const { id } = useParams();
    const record = useLiveRecord(repo(), id);
    useFocusFieldFromQuery(Boolean(record));
    if (record === undefined) return null;
    if (record === null) return <RecordNotFound backTo={basePath} />;
    return <Editor key={record.id} record={record} />;
  };

  const Show = showPage(def);

  return { List: def.List, Create, Edit, Show };
};

/**
 * A record's page: heading (title, chips, breadcrumbs), Edit / History / Delete and the resource's own
 * actions, the body (by default one card of every catalogue field), the activities that use it, and
 * the not-found page. Every resource's page is built here, the activity's too.
 */
export const showPage = <TRecord extends RecordMeta>(def: ShowDefinition<TRecord>) => {
  const { catalogue, repo, nameOf } = def;
  const { namespace, basePath } = catalogue;
  /** One card of the catalogue's fields, each read the way the catalogue says. */
  const layout = catalogueLayout(catalogue);
  const CatalogueBody = ({ record }: { record: TRecord }) => <CatalogueCards layout={layout} record={record} />;

  const noParts = (): ShowPageParts => ({});
  const usePage = def.show?.usePage ?? noParts;
  /** Mounted once the record is there, so that the heading's hooks read it. */
  const ShowPage = ({ record }: { record: TRecord }) => {
    const { t } = useTranslation(namespace);
    const { current } = useCurrentOrganisation();
    const through = def.show?.usedThrough;
    const usages = useActivitiesUsing(current?.id, through ?? 'recipientIds', through && record.id);
    const heading = usePage(record);
    const name = heading.name ?? nameOf(record);
    const used = through ? usages : undefined;
    return (
      <>
        <PageHeader
          title={heading.title ?? name}
          subtitle={heading.subtitle}
          breadcrumbs={[{ label: t('list.title'), to: basePath }, ...(heading.trail ?? [])]}
          badges={heading.badges}
          actions={
            <RecordActions
              table={catalogue.table}
              repo={repo()}
              id={record.id}
              revision={record.revision}
              name={name}
              editTo={`${basePath}/${record.id}/edit`}
              listTo={basePath}
              usages={used}
              onDeleted={heading.onDeleted}
            >
              {heading.actions}
            </RecordActions>
          }
        />
        {heading.body ?? <CatalogueBody record={record} />}
        {used && <UsagePanel usages={used} />}
      </>
    );
  };

  const Show = () => {
    const { t } = useTranslation(namespace);
    const { id } = useParams();
    const record = useLiveRecord(repo(), id);
    if (record === undefined) return null;
    if (record === null) {
      const message = def.show?.notFound;
      return <RecordNotFound backTo={basePath} message={message && t(message)} />;
    }
    return <ShowPage record={record} />;
  };

  return Show;
};
