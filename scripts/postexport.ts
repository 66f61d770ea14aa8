/** Post-export steps (filled in by the deploy work): runs after `next build`. */
console.log('postexport: nothing to do yet')
