/**
 * The shared foundation every widget builds on: base element, controllers, control templates,
 * feedback, events, i18n, formatting and design tokens. Import from here inside a widget:
 * `import { SportelloElement, textField, FieldErrorsController } from '../shared';`
 */
export { SportelloElement, DEFAULT_API_BASE } from './sportello-element';
export { LangController } from './lang-controller';
export { CountdownController, DEFAULT_RETRY_AFTER_SECONDS, mustWait } from './countdown-controller';
export { FieldErrorsController, type FieldErrorsHost, type PointerMap } from './field-errors-controller';
export {
  field,
  textField,
  textAreaField,
  selectField,
  checkboxField,
  radioGroupField,
  errorSummary,
  type Choice,
  type FieldOptions,
  type FieldWiring,
  type SummaryEntry,
  type TextFieldOptions,
  type TextAreaFieldOptions,
  type SelectFieldOptions,
  type CheckboxFieldOptions,
  type RadioGroupFieldOptions,
} from './controls';
export { statusRegion, submitButton, errorAlert, type AlertOptions, type StatusOptions, type SubmitOptions } from './feedback';
export { focusControl, focusAfterUpdate } from './focus';
export { copyText } from './clipboard';
export { styleProps } from './style-props';
export { SportelloEvent, SportelloErrorEvent, type SportelloErrorDetail } from './events';
export { describeError, sharedErrorMessage, type ErrorInfo, type ErrorKind } from './errors';
export { DEFAULT_LANG, INTL_LOCALE, LANGS, inheritedLangAttribute, plural, toLang, lazyCatalog, type Catalog, type Lang, type LazyCatalog } from './i18n';
export { sharedMessages, type SharedMessages } from './messages';
export { TIME_ZONE, formatDate, formatDateTime, formatMoney, formatNumber, formatTime, formatTimeRange, romeDay } from './format';
export { tokens, baseStyles, sharedStyles } from './styles';
export { controlStyles } from './controls.styles';
export { DISTRICTS, DISTRICT_NAMES, districtLabel, districtNumber } from './districts';
