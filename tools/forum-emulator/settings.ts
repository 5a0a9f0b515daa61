/**
 * The site settings the emulated forum validates with, with Discourse's defaults (site_settings.yml, ~2023)
 * and the `locale_default` values a forum created with default_locale ja gets.
 */
type SettingValue = string | number | boolean;
type SettingType = 'bool' | 'integer' | 'string' | 'enum';

interface SettingDefinition {
  type: SettingType;
  category: string;
  default: SettingValue;
  ja?: SettingValue;
  choices?: string[];
}

const definitions: Record<string, SettingDefinition> = {
  default_locale: { type: 'enum', category: 'required', default: 'en', ja: 'ja' },
  min_topic_title_length: { type: 'integer', category: 'posting', default: 15, ja: 6 },
  max_topic_title_length: { type: 'integer', category: 'posting', default: 255 },
  min_first_post_length: { type: 'integer', category: 'posting', default: 20, ja: 8 },
  min_post_length: { type: 'integer', category: 'posting', default: 20, ja: 8 },
  max_post_length: { type: 'integer', category: 'posting', default: 32000 },
  title_min_entropy: { type: 'integer', category: 'posting', default: 10, ja: 3 },
  body_min_entropy: { type: 'integer', category: 'posting', default: 7, ja: 3 },
  title_max_word_length: { type: 'integer', category: 'posting', default: 30, ja: 50 },
  allow_duplicate_topic_titles: { type: 'bool', category: 'posting', default: false },
  allow_duplicate_topic_titles_category: { type: 'bool', category: 'posting', default: false },
  allow_uncategorized_topics: { type: 'bool', category: 'posting', default: false },
  title_prettify: { type: 'bool', category: 'posting', default: true, ja: false },
  allow_uppercase_posts: { type: 'bool', category: 'posting', default: false },
  editing_grace_period: { type: 'integer', category: 'posting', default: 300 },
  editing_grace_period_max_diff: { type: 'integer', category: 'posting', default: 100 },
  editing_grace_period_max_diff_high_trust: { type: 'integer', category: 'posting', default: 400 },
  unique_posts_mins: { type: 'integer', category: 'spam', default: 5 },
  tagging_enabled: { type: 'bool', category: 'tags', default: true },
  max_tags_per_topic: { type: 'integer', category: 'tags', default: 5 },
  max_tag_length: { type: 'integer', category: 'tags', default: 20 },
  fixed_category_positions: { type: 'bool', category: 'basic', default: false },
  max_category_nesting: { type: 'integer', category: 'basic', default: 2 },
  slug_generation_method: {
    type: 'enum',
    category: 'basic',
    default: 'ascii',
    ja: 'none',
    choices: ['ascii', 'encoded', 'none'],
  },
  detailed_404: { type: 'bool', category: 'security', default: false },
  calendar_enabled: { type: 'bool', category: 'plugins', default: false },
  discourse_post_event_enabled: { type: 'bool', category: 'plugins', default: false },
  discourse_post_event_allowed_on_groups: { type: 'string', category: 'plugins', default: '' },
  title: { type: 'string', category: 'required', default: 'Discourse', ja: 'ひろば フォーラム' },
};

export type Locale = 'ja' | 'en';

export interface SiteSettings {
  get(name: string): SettingValue;
  bool(name: string): boolean;
  int(name: string): number;
  str(name: string): string;
  list(filterNames?: string[]): Record<string, unknown>[];
  snapshot(): Record<string, SettingValue>;
}

function coerce(name: string, definition: SettingDefinition, value: unknown): SettingValue {
  if (definition.type === 'bool') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
  } else if (definition.type === 'integer') {
    const number = typeof value === 'number' ? value : Number(value);
    if (Number.isInteger(number)) return number;
  } else if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    if (!definition.choices || definition.choices.includes(text)) return text;
  }
  throw new Error(`invalid value for site setting ${name}: ${JSON.stringify(value)}`);
}

export function createSiteSettings(locale: Locale, overrides: Record<string, unknown> = {}): SiteSettings {
  const defaults = new Map<string, SettingValue>();
  for (const [name, definition] of Object.entries(definitions)) {
    defaults.set(name, locale === 'ja' && definition.ja !== undefined ? definition.ja : definition.default);
  }
  const values = new Map(defaults);
  for (const [name, value] of Object.entries(overrides)) {
    const definition = definitions[name];
    if (!definition) throw new Error(`unknown site setting: ${name}`);
    values.set(name, coerce(name, definition, value));
  }
  const get = (name: string): SettingValue => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`unknown site setting: ${name}`);
    return value;
  };
  return {
    get,
    bool: (name) => get(name) === true,
    int: (name) => Number(get(name)),
    str: (name) => String(get(name)),
    snapshot: () => Object.fromEntries(values),
    // The admin endpoint serialises values and defaults as strings.
    list: (filterNames) =>
      Object.entries(definitions)
        .filter(([name]) => !filterNames || filterNames.includes(name))
        .map(([name, definition]) => ({
          setting: name,
          humanized_name: name.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase()),
          description: '',
          keywords: [],
          default: String(defaults.get(name)),
          value: String(values.get(name)),
          category: definition.category,
          preview: null,
          secret: false,
          placeholder: null,
          mandatory_values: null,
          requires_confirmation: null,
          type: definition.type,
          ...(definition.choices ? { valid_values: definition.choices } : {}),
        })),
  };
}
