import { defineWorkspace, exampleBuilder, fact, type ExampleFact } from './build';

/**
 * test/fixtures/seeds/005 — Hetzner Online GmbH, „Datenschutzhinweise“ for direct communication
 * (e-mail, telephone, post, meetings at events), published in German at
 * https://www.hetzner.com/de/privacy-policy-notice and retrieved on 2026-12-01. The one German
 * example: its record and policy are written in German, as a German DPO would keep them.
 *
 * The stored page ends after the legal bases: it names no retention period, no recipient and no
 * supervisory authority, so those stay gaps. The legitimate-interest basis is cut off after
 * „Art. 6 Abs. 1“; the English version of the same page gives „lit. f“, and „Wahrung berechtigter
 * Interessen“ is the wording of Art. 6 Abs. 1 lit. f DSGVO, so it is recorded as legitimate interests.
 */
const b = exampleBuilder('hetzner');

const COMMUNICATION = 'activity/communication';

export const HETZNER_WORKSPACE = defineWorkspace({
  organisation: {
    ...b.organisationMeta,
    name: 'Hetzner Online GmbH',
    shortName: 'Hetzner',
    address: { street: 'Industriestr. 25', postalCode: '91710', city: 'Gunzenhausen', country: 'DE' },
    role: 'controller',
    defaultLanguage: 'de',
    description:
      'Die folgenden Informationen beziehen sich auf die Verarbeitung personenbezogener Daten im Rahmen der direkten Kommunikation mit uns. Die Datenschutzerklärung für die Verarbeitung personenbezogener Daten im Rahmen unserer Online-Dienste finden Sie unter https://www.hetzner.com/de/legal/privacy-policy.',
  },
  contacts: [
    {
      ...b.owned('contact/dpo'),
      role: 'dpo',
      name: 'Datenschutzbeauftragter der Hetzner Online GmbH',
      email: 'data-protection@hetzner.com',
      phone: '+49 (0)9831 505216',
      address: {
        street: 'Data Protection, Industriestr. 25',
        postalCode: '91710',
        city: 'Gunzenhausen',
        country: 'DE',
      },
      published: true,
      notes: 'Fax: +49 (0)3745 744472361',
    },
  ],
  activities: [
    {
      kind: 'controller',
      ...b.owned(COMMUNICATION),
      name: 'Direkte Kommunikation mit uns',
      status: 'active',
      description:
        'E-Mail-, Telefon- und postalischer Kontakt; persönliche Treffen, zum Beispiel bei Veranstaltungen, Messen und ähnlichen Anlässen.',
      audiences: ['customers', 'prospects', 'partners'],
      purposes: [
        {
          id: b.id(`${COMMUNICATION}/purpose/contract`),
          description:
            'Vertragliche oder vorvertragliche Maßnahmen: Die Kommunikation steht in direktem Zusammenhang mit einer bestehenden oder beabsichtigten Geschäftsbeziehung.',
          legalBasis: 'contract',
        },
        {
          id: b.id(`${COMMUNICATION}/purpose/interests`),
          description:
            'Wahrung berechtigter Interessen: Kontaktpflege im Rahmen von Veranstaltungen, Messen oder Networking-Events.',
          legalBasis: 'legitimate_interests',
          legitimateInterest:
            'unser berechtigtes Interesse an einer effizienten Kommunikation und dem Aufbau sowie der Pflege geschäftlicher Beziehungen',
        },
      ],
      dataSubjectCategories: [
        { id: b.id(`${COMMUNICATION}/subjects/contacts`), name: 'Personen, die direkt mit uns kommunizieren' },
      ],
      dataCategories: [
        ...b.dataCategories(COMMUNICATION, ['Kontaktdaten: z. B. Name, E-Mail-Adresse, Telefonnummer, Anschrift'], {}),
        ...b.dataCategories(COMMUNICATION, ['Inhalt der Kommunikation'], {}),
      ],
      collectionPoints: [
        {
          id: b.id(`${COMMUNICATION}/point/contact`),
          name: 'E-Mail-, Telefon- und postalischer Kontakt',
        },
        {
          id: b.id(`${COMMUNICATION}/point/meetings`),
          name: 'Persönliche Treffen, zum Beispiel bei Veranstaltungen, Messen und ähnlichen Anlässen',
        },
      ],
    },
  ],
  recipients: [],
  processors: [],
  transfers: [],
  securityMeasures: [],
  documents: [
    {
      ...b.owned('document/privacy-notice'),
      kind: 'privacy_policy',
      title: 'Datenschutzhinweise der Hetzner Online GmbH',
      language: 'de',
      audiences: ['customers', 'prospects', 'partners'],
      version: '1.0',
      contactChannel: 'data-protection@hetzner.com',
    },
  ],
});

export const HETZNER_FACTS: ExampleFact[] = [
  fact('organisation', 'Verantwortlicher', 'Hetzner Online GmbH'),
  fact('organisation', 'Straße', 'Industriestr. 25'),
  fact('organisation', 'Postleitzahl', '91710'),
  fact('organisation', 'Ort', 'Gunzenhausen'),
  fact('organisation', 'Datenschutzerklärung der Online-Dienste', 'https://www.hetzner.com/de/legal/privacy-policy'),
  fact('contacts', 'E-Mail des Datenschutzbeauftragten', 'data-protection@hetzner.com'),
  fact('contacts', 'Telefon des Datenschutzbeauftragten', '+49 (0)9831 505216'),
  fact('contacts', 'Fax', '+49 (0)3745 744472361'),
  fact('contacts', 'Postanschrift des Datenschutzbeauftragten', 'Data Protection'),
  fact('activities', 'Kommunikationswege', 'E-Mail-, Telefon- und postalischer Kontakt'),
  fact(
    'activities',
    'Persönliche Treffen',
    'Persönliche Treffen, zum Beispiel bei Veranstaltungen, Messen und ähnlichen Anlässen',
  ),
  fact('activities', 'Kontaktdaten', 'Kontaktdaten: z. B. Name, E-Mail-Adresse, Telefonnummer, Anschrift'),
  fact('activities', 'Inhalt', 'Inhalt der Kommunikation'),
  fact('activities', 'Vertrag', 'Vertragliche oder vorvertragliche Maßnahmen'),
  fact(
    'activities',
    'Geschäftsbeziehung',
    'Die Kommunikation steht in direktem Zusammenhang mit einer bestehenden oder beabsichtigten Geschäftsbeziehung.',
  ),
  fact(
    'activities',
    'Berechtigtes Interesse',
    'berechtigtes Interesse an einer effizienten Kommunikation und dem Aufbau sowie der Pflege geschäftlicher Beziehungen',
  ),
  fact('activities', 'Kontaktpflege', 'Kontaktpflege im Rahmen von Veranstaltungen, Messen oder Networking-Events'),
  fact('documents', 'Titel', 'Datenschutzhinweise der Hetzner Online GmbH'),
];
