/** Calls of BENCHMARK as a user types them, and one bad call with the message it must give. */

export const BENCHMARK_CALLS: Record<string, unknown[][]> = {
  BENCHMARK: [['nps'], ['nps', 'Retail'], ['monthly_churn', 'b2b', 'year'], [[['acsi']], '']],
};

export const BENCHMARK_BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  BENCHMARK: {
    args: ['monthly_churn', 'Retail'],
    message: 'BENCHMARK: segment "Retail" has no monthly_churn benchmark',
  },
};
