// An organization and its departments: the units a campaign surveys and a report compares.

export interface Department {
  id: string;
  name: string;
  /** People in the department: the denominator of its response rate. */
  headcount: number;
}

export interface Organization {
  id: string;
  name: string;
  departments: Department[];
  /** Calendar day of creation (YYYY-MM-DD). */
  createdOn: string;
}
