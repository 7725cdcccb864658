// The package ships no type declarations: it exports one function, word in, stem out.
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
