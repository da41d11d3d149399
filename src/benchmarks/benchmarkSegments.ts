/**
 * The segments a benchmark can be for, with stable ids (what settings save
 * and code refers to) and labels (what people choose from and may type into
 * BENCHMARK). Labels stay in English in every language, as publishers name
 * them. One segment can hold figures of several metrics: "Streaming" has
 * XM Institute's NPS and Antenna's monthly churn, "All industries" has
 * SurveyMonkey's NPS, Recurly's churn and the national ACSI.
 */

export const BENCHMARK_SEGMENTS = [
  { id: 'all', label: 'All industries' },
  { id: 'top_quartile', label: 'Top quartile' },
  { id: 'grocery', label: 'Grocery' },
  { id: 'streaming', label: 'Streaming' },
  { id: 'retail', label: 'Retail' },
  { id: 'tv_internet', label: 'TV and internet providers' },
  { id: 'car_rentals', label: 'Car rentals' },
  { id: 'consumer_payments', label: 'Consumer payments' },
  { id: 'b2b', label: 'B2B' },
  { id: 'b2c', label: 'B2C' },
  { id: 'b2b_saas', label: 'B2B SaaS' },
  { id: 'b2b_tech_vendors', label: 'B2B tech vendors' },
  { id: 'hr_services', label: 'HR services' },
  { id: 'rpo', label: 'Recruitment process outsourcing' },
  { id: 'staffing', label: 'Staffing' },
  { id: 'ecommerce', label: 'E-commerce' },
  { id: 'online_retail', label: 'Online retailers' },
  { id: 'gas_stations', label: 'Gas stations' },
  { id: 'internet_service', label: 'Internet service providers' },
  { id: 'banks', label: 'Banks' },
  { id: 'health_insurance', label: 'Health insurance' },
  { id: 'hospitals', label: 'Hospitals' },
  { id: 'property_casualty_insurance', label: 'Property and casualty insurance' },
  { id: 'life_insurance', label: 'Life insurance' },
] as const;

export type SegmentId = (typeof BENCHMARK_SEGMENTS)[number]['id'];

export interface BenchmarkSegment {
  readonly id: SegmentId;
  readonly label: string;
}

/** Lower case, every run of other characters one underscore: "B2B SaaS", "b2b-saas" and "b2b_saas" are one. */
function normalized(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The segment a person named, by its id or its label, or undefined. */
export function findSegment(name: string): BenchmarkSegment | undefined {
  const wanted = normalized(name);
  return BENCHMARK_SEGMENTS.find((segment) => segment.id === wanted || normalized(segment.label) === wanted);
}

export function segmentLabel(id: SegmentId): string {
  return (BENCHMARK_SEGMENTS.find((segment) => segment.id === id) as BenchmarkSegment).label;
}
