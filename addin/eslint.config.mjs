// Office.js batching rules from eslint-plugin-office-addins (load before read, sync after load, no sync in a
// loop, isNullObject for null checks) on the pane's source. Formatting rules (its prettier preset) are left out.
import tsParser from '@typescript-eslint/parser';
import officeAddins from 'eslint-plugin-office-addins';

const plugin = officeAddins.default ?? officeAddins;

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser, sourceType: 'module', ecmaVersion: 2022 },
    plugins: { 'office-addins': plugin },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
];
